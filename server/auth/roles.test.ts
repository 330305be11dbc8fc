import { Role } from "../../entities/users";
import { isStaff, STAFF } from "./roles";

describe("who is staff", () => {
  it.each([
    [Role.ADMIN, true],
    [Role.OFFICIAL, true],
    [Role.PES_MEMBER, false],
    [Role.RESIDENT, false],
  ])("%s → %s", (role, expected) => {
    expect(isStaff({ role })).toBe(expected);
    expect(STAFF.includes(role)).toBe(expected);
  });

  it("nobody signed in is not staff", () => {
    expect(isStaff(null)).toBe(false);
    expect(isStaff(undefined)).toBe(false);
  });
});
