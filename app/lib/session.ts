import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { server } from "./server";

/** The signed-in user of this request (role read fresh from the database), or null. */
export const currentUser = cache(async () => {
  // The request first: a page that asks who is signed in is dynamic, and is never
  // prerendered at build time, when the server code (instrumentation.ts) is not loaded.
  await headers();
  const session = await getServerSession(server().authOptions());
  return session?.user ?? null;
});
