import type { Premises } from "../../../entities/premises";
import { Role } from "../../../entities/users";
import type { Context } from "../../context";

/**
 * Who runs the viewings and letting rounds of premises: the official in charge (its
 * owner) while still an official, or an admin — the same rule as answering its enquiries.
 * Premises without an owner are run by admins.
 */
export function managesPremises(ctx: Context, premises: Pick<Premises, "ownerId">): boolean {
  if (!ctx.user) return false;
  if (ctx.user.role === Role.ADMIN) return true;
  return ctx.user.role === Role.OFFICIAL && !!premises.ownerId && premises.ownerId === ctx.user.id;
}
