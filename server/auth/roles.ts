import { Role, type User } from "../../entities/users";
import { isStaffRole, STAFF_ROLES } from "../../entities/roles";

/** City staff as `Role`s, for `@Authorized(STAFF)`; the list itself is the shared rule's. */
export const STAFF: Role[] = STAFF_ROLES.map((r) => Role[r]);

/** The one answer to "is this person staff?", for resolvers, policies and services alike (pages ask `isStaffRole`). */
export function isStaff(user: Pick<User, "role"> | null | undefined): boolean {
  return isStaffRole(user?.role);
}
