import { isStaffRole, STAFF_ROLES } from "../../../entities/roles";
import { isStaff, STAFF } from "../../../server/auth/roles";
import { Role } from "../../../entities/users";

describe("who is city staff (one answer for pages and the API)", () => {
  it("is officials and admins, nobody else and nobody signed out", () => {
    expect(Object.values(Role).filter((r) => isStaffRole(r)).sort()).toEqual(["ADMIN", "OFFICIAL"]);
    expect(isStaffRole(null)).toBe(false);
    expect(isStaffRole(undefined)).toBe(false);
    expect(isStaffRole("official")).toBe(false);
  });

  it("gives the API's guard the same roles as the pages' check", () => {
    expect([...STAFF].sort()).toEqual([...STAFF_ROLES].sort());
    for (const role of Object.values(Role)) expect(isStaff({ role })).toBe(isStaffRole(role));
    expect(isStaff(null)).toBe(false);
  });
});
