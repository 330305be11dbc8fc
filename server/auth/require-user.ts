import type { User } from "../../entities/users";
import type { Context } from "../context";
import { unauthenticated } from "../errors";

/** The signed-in person of the request, or UNAUTHENTICATED — the first line of every service that acts for someone. */
export function requireUser(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
