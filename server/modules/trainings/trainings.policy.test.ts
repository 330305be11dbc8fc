import { Audience, AUDIENCES } from "../../../entities/trainings";
import { Role } from "../../../entities/users";
import { isStaff } from "../../auth/roles";
import type { Context } from "../../context";
import type { User } from "../../../entities/users";
import { audiencesOf, canOrganise, eligibleAudiences, registrationRefusal, requireOrganiser } from "./trainings.policy";

const NOW = new Date("2026-05-01T10:00:00Z");
const HOUR = 3_600_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const training = (over: Partial<Parameters<typeof registrationRefusal>[1]> = {}) => ({
  audience: [Audience.RESIDENTS, Audience.PES],
  cancelledAt: null,
  startsAt: at(48 * HOUR),
  registrationDeadline: at(24 * HOUR),
  ...over,
});

describe("audiences", () => {
  it.each([
    [Role.ADMIN, AUDIENCES],
    [Role.OFFICIAL, [Audience.OFFICIALS]],
    [Role.PES_MEMBER, [Audience.PES]],
    [Role.RESIDENT, [Audience.RESIDENTS]],
  ])("%s belongs to %j", (role, expected) => {
    expect(audiencesOf({ role })).toEqual(expected);
  });

  it("eligible audiences are the training's and the person's both, in the training's order", () => {
    const t = { audience: [Audience.RESIDENTS, Audience.OFFICIALS] };
    expect(eligibleAudiences({ role: Role.ADMIN }, t)).toEqual([Audience.OFFICIALS, Audience.RESIDENTS]);
    expect(eligibleAudiences({ role: Role.OFFICIAL }, t)).toEqual([Audience.OFFICIALS]);
    expect(eligibleAudiences({ role: Role.PES_MEMBER }, t)).toEqual([]);
  });
});

describe("canOrganise", () => {
  it("is the one answer to who is staff, for every role and for nobody signed in", () => {
    for (const role of Object.values(Role)) expect([role, canOrganise({ role })]).toEqual([role, isStaff({ role })]);
    expect(canOrganise(null)).toBe(false);
  });
});

describe("requireOrganiser", () => {
  const ctx = (user: Pick<User, "id" | "role"> | null) => ({ user }) as unknown as Context;
  const code = (f: () => unknown) => {
    try {
      f();
      return null;
    } catch (e) {
      return (e as { code?: string }).code;
    }
  };
  it("returns the signed-in organiser, refuses anybody else with FORBIDDEN and nobody with UNAUTHENTICATED", () => {
    const official = { id: "u1", role: Role.OFFICIAL };
    expect(requireOrganiser(ctx(official))).toBe(official);
    expect(code(() => requireOrganiser(ctx({ id: "u2", role: Role.PES_MEMBER })))).toBe("FORBIDDEN");
    expect(code(() => requireOrganiser(ctx({ id: "u3", role: Role.RESIDENT })))).toBe("FORBIDDEN");
    expect(code(() => requireOrganiser(ctx(null)))).toBe("UNAUTHENTICATED");
  });
});

describe("registrationRefusal", () => {
  const resident = { role: Role.RESIDENT };

  it("an open training in the person's audience takes them", () => {
    expect(registrationRefusal(resident, training(), NOW)).toBeNull();
    expect(registrationRefusal(resident, training({ registrationDeadline: null }), NOW)).toBeNull();
  });

  it.each([
    ["CANCELLED", training({ cancelledAt: at(-HOUR) })],
    ["STARTED", training({ startsAt: NOW })],
    ["DEADLINE", training({ registrationDeadline: at(-1) })],
    ["AUDIENCE", training({ audience: [Audience.OFFICIALS] })],
  ])("refuses with %s", (reason, t) => {
    expect(registrationRefusal(resident, t, NOW)).toBe(reason);
  });

  it("the deadline minute itself still takes registrations", () => {
    expect(registrationRefusal(resident, training({ registrationDeadline: NOW }), NOW)).toBeNull();
  });

  it("names the first reason: a cancelled training that has started is CANCELLED", () => {
    const t = training({ cancelledAt: at(-HOUR), startsAt: at(-HOUR), audience: [Audience.OFFICIALS] });
    expect(registrationRefusal(resident, t, NOW)).toBe("CANCELLED");
  });
});
