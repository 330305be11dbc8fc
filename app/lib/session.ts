import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { server } from "./server";

/** The signed-in user of this request (role read fresh from the database), or null. */
export const currentUser = cache(async () => {
  const session = await getServerSession(server().authOptions());
  return session?.user ?? null;
});
