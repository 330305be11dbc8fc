import { Role, type User } from "../../entities/users";
import type { Context } from "../context";
import { canSeeAllBids, canSeeBid, deadlinePassed, unsealedSql } from "./sealing";

/** The one seal of bids (offers on demands, letting applications), pinned on its own. */
const NOW = new Date("2027-03-01T12:00:00Z");
const call = (ms: number) => ({ deadline: new Date(NOW.getTime() + ms) });
/** A member of organisation `org` (the membership loader answers from a map). */
const member = (org: string | null) =>
  ({
    user: { id: "u1", role: Role.PES_MEMBER } as User,
    loaders: { membershipByUserId: { load: async () => (org ? { organizationId: org, status: "ACTIVE" } : null) } },
  }) as unknown as Context;

it("the deadline instant itself is past (the same as the SQL `<= now()`)", () => {
  expect(deadlinePassed(call(0), NOW)).toBe(true);
  expect(deadlinePassed(call(1), NOW)).toBe(false);
  expect(unsealedSql("r")).toBe("r.deadline <= now()");
});

it("managers see all bids only after the deadline; others never", () => {
  expect(canSeeAllBids(true, call(1), NOW)).toBe(false);
  expect(canSeeAllBids(true, call(-1), NOW)).toBe(true);
  expect(canSeeAllBids(false, call(-1), NOW)).toBe(false);
});

it("a bid: its own organisation at any time, another organisation never, the manager after the deadline", async () => {
  expect(await canSeeBid(member("org-a"), false, call(1), "org-a", NOW)).toBe(true);
  expect(await canSeeBid(member("org-b"), false, call(-1), "org-a", NOW)).toBe(false);
  expect(await canSeeBid(member(null), true, call(1), "org-a", NOW)).toBe(false);
  expect(await canSeeBid(member(null), true, call(-1), "org-a", NOW)).toBe(true);
});
