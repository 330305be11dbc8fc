import type { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import type { Context } from "../../context";

/**
 * Who answers and closes the enquiries about premises: the official in charge of them —
 * only while still an official, so a demoted official answers nothing — or an admin.
 * Premises without an owner are answered by admins.
 */
export function answersEnquiriesAbout(user: Pick<User, "id" | "role">, premises: Pick<Premises, "ownerId">): boolean {
  if (user.role === Role.ADMIN) return true;
  return user.role === Role.OFFICIAL && !!premises.ownerId && premises.ownerId === user.id;
}

/** Who runs the viewings and letting rounds of premises: the same people as its enquiries. */
export function managesPremises(ctx: Context, premises: Pick<Premises, "ownerId">): boolean {
  return !!ctx.user && answersEnquiriesAbout(ctx.user, premises);
}
