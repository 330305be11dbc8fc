/**
 * Who is city staff, answered once for the API's guards and the pages that hide what a
 * role cannot do. Decorator-free (a shared rule): the `Role` enum itself lives with the
 * User entity, whose values these are.
 */
export const STAFF_ROLES = ["OFFICIAL", "ADMIN"] as const;

/** Officials and admins: who runs premises, trainings and demands. */
export function isStaffRole(role: string | null | undefined): boolean {
  return (STAFF_ROLES as readonly (string | null | undefined)[]).includes(role);
}
