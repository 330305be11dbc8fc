import { Role, type User } from "../../entities/users";

/** City staff: officials and admins — who runs premises, trainings and demands. */
export const STAFF: Role[] = [Role.OFFICIAL, Role.ADMIN];

/** The one answer to "is this person staff?", for resolvers (`@Authorized(STAFF)`), policies and services alike. */
export function isStaff(user: Pick<User, "role"> | null | undefined): boolean {
  return !!user && STAFF.includes(user.role);
}
