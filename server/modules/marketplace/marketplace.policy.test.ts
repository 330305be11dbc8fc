import type { Demand } from "../../../entities/marketplace";
import { Role, type User } from "../../../entities/users";
import type { Context } from "../../context";
import { canSeeAllOffers, managesDemand, unsealedDemandSql } from "./marketplace.policy";

const as = (id: string, role: Role) => ({ user: { id, role } as User }) as Context;
const demand = (createdById: string, deadline: Date) => ({ createdById, deadline }) as Demand;
const PAST = new Date(Date.now() - 1000);
const FUTURE = new Date(Date.now() + 86_400_000);

describe("managesDemand: ownership and role both count", () => {
  it.each([
    [Role.OFFICIAL, "poster", true],
    [Role.ADMIN, "someone else", true],
    [Role.OFFICIAL, "someone else", false],
    [Role.RESIDENT, "poster", false], // demoted after posting
    [Role.PES_MEMBER, "poster", false],
  ])("%s who is %s → %s", (role, who, expected) => {
    expect(managesDemand(as("u1", role), demand(who === "poster" ? "u1" : "u2", FUTURE))).toBe(expected);
  });

  it("nobody signed in manages nothing", () => {
    expect(managesDemand({ user: null } as Context, demand("u1", FUTURE))).toBe(false);
  });
});

describe("sealed offers", () => {
  it("open to the managing official only after the deadline", () => {
    expect(canSeeAllOffers(as("u1", Role.OFFICIAL), demand("u1", FUTURE))).toBe(false);
    expect(canSeeAllOffers(as("u1", Role.OFFICIAL), demand("u1", PAST))).toBe(true);
    expect(canSeeAllOffers(as("u1", Role.RESIDENT), demand("u1", PAST))).toBe(false);
  });

  it("the SQL form of the seal compares the demand's deadline with now", () => {
    expect(unsealedDemandSql("d")).toBe("d.deadline <= now()");
  });
});
