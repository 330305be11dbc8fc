import { Role } from "../../../entities/users";
import { answersEnquiriesAbout } from "./premises.policy";

describe("answersEnquiriesAbout: the official in charge, or an admin", () => {
  it.each([
    [Role.OFFICIAL, "u1", true],
    [Role.OFFICIAL, "u2", false],
    [Role.OFFICIAL, null, false],
    [Role.ADMIN, "u2", true],
    [Role.ADMIN, null, true],
    [Role.RESIDENT, "u1", false], // demoted after being put in charge
    [Role.PES_MEMBER, "u1", false],
  ])("%s, premises in charge of %s → %s", (role, ownerId, expected) => {
    expect(answersEnquiriesAbout({ id: "u1", role }, { ownerId })).toBe(expected);
  });
});
