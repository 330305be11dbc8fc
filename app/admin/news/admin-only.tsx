import type { ReactNode } from "react";
import { currentUser } from "../../lib/session";
import { Forbidden } from "../access";

/** The news desk is for admins only (the back-office layout also lets officials in). */
export async function AdminOnly({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (user?.role !== "ADMIN") return <Forbidden roles={["ADMIN"]} />;
  return <>{children}</>;
}
