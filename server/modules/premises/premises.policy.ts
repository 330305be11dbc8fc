import type { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";

/**
 * Who answers and closes the enquiries about premises: the official in charge of them —
 * only while still an official, so a demoted official answers nothing — or an admin.
 */
export function answersEnquiriesAbout(user: Pick<User, "id" | "role">, premises: Pick<Premises, "ownerId">): boolean {
  if (user.role === Role.ADMIN) return true;
  return user.role === Role.OFFICIAL && premises.ownerId === user.id;
}
