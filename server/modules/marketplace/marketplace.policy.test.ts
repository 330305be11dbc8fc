import type { Demand, EquipmentNotice, Offer } from "../../../entities/marketplace";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../../tests/helpers/db";
import { createPesMember, createUser } from "../../../tests/factories";
import { makeNotice } from "../../../tests/integration/marketplace/marketplace-helpers";
import { buildContext, type Context } from "../../context";
import {
  canManageNotice,
  canSeeAllOffers,
  canSeeOffer,
  canSeeWhoAsked,
  deadlinePassed,
  managesDemand,
  ownsNotice,
  unsealedDemandSql,
} from "./marketplace.policy";

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

describe("deadlinePassed", () => {
  it("from the deadline's very moment on", () => {
    const deadline = new Date("2026-05-01T10:00:00Z");
    expect(deadlinePassed(demand("u1", deadline), new Date("2026-05-01T09:59:59Z"))).toBe(false);
    expect(deadlinePassed(demand("u1", deadline), deadline)).toBe(true);
  });
});

// Notices and offers of organisations are judged by membership, read through the request's loaders: real rows.
describe("notices and offers of organisations", () => {
  let db: TestDb;
  beforeAll(async () => (db = await createTestDb()));
  afterAll(() => db.drop());
  const ctxOf = (userId: string | null) => buildContext({ db: db.ds, userId });
  const notice = (ownerUserId: string, ownerOrganizationId: string | null) => ({ ownerUserId, ownerOrganizationId }) as EquipmentNotice;

  it("a private notice is its poster's; an admin manages it without owning it", async () => {
    const [poster, other, admin] = await Promise.all([createUser(db.ds), createUser(db.ds), createUser(db.ds, { role: Role.ADMIN })]);
    const n = notice(poster.id, null);
    expect(await ownsNotice(await ctxOf(poster.id), n)).toBe(true);
    expect(await ownsNotice(await ctxOf(other.id), n)).toBe(false);
    expect(await ownsNotice(await ctxOf(admin.id), n)).toBe(false);
    expect(await canManageNotice(await ctxOf(admin.id), n)).toBe(true);
    expect(await canManageNotice(await ctxOf(other.id), n)).toBe(false);
    expect(await canManageNotice(await ctxOf(null), n)).toBe(false);
  });

  it("an organisation's notice is every active member's, not its poster's once they left", async () => {
    const { user: poster, organization } = await createPesMember(db.ds);
    const { user: colleague } = await createPesMember(db.ds, organization);
    const n = notice(poster.id, organization.id);
    expect(await ownsNotice(await ctxOf(colleague.id), n)).toBe(true);
    const { user: outsider } = await createPesMember(db.ds);
    expect(await ownsNotice(await ctxOf(outsider.id), n)).toBe(false);
    const leaver = await createUser(db.ds);
    expect(await ownsNotice(await ctxOf(leaver.id), notice(leaver.id, organization.id))).toBe(false);
  });

  it("who asked for an item is seen by themselves and the notice's managers only", async () => {
    const { user: owner, organization } = await createPesMember(db.ds);
    const [asker, stranger, admin] = await Promise.all([createUser(db.ds), createUser(db.ds), createUser(db.ds, { role: Role.ADMIN })]);
    const n = await makeNotice(db.ds, { userId: owner.id, organizationId: organization.id });
    const ask = { noticeId: n.id, askerId: asker.id };
    const viewers = { asker: asker.id, owner: owner.id, admin: admin.id, stranger: stranger.id, nobody: null };
    const seenBy = await Promise.all(Object.values(viewers).map(async (id) => canSeeWhoAsked(await ctxOf(id), ask)));
    expect(Object.fromEntries(Object.keys(viewers).map((k, i) => [k, seenBy[i]]))).toEqual({
      asker: true,
      owner: true,
      admin: true,
      stranger: false,
      nobody: false,
    });
  });

  it("an offer is seen by its organisation at any time, by the posting official after the deadline only", async () => {
    const { user: member, organization } = await createPesMember(db.ds);
    const { user: rival } = await createPesMember(db.ds);
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const offer = { organizationId: organization.id } as Offer;
    const open = demand(official.id, FUTURE);
    const closed = demand(official.id, PAST);
    expect(await canSeeOffer(await ctxOf(member.id), open, offer)).toBe(true);
    expect(await canSeeOffer(await ctxOf(rival.id), closed, offer)).toBe(false);
    expect(await canSeeOffer(await ctxOf(official.id), open, offer)).toBe(false);
    expect(await canSeeOffer(await ctxOf(official.id), closed, offer)).toBe(true);
    expect(await canSeeOffer(await ctxOf(null), closed, offer)).toBe(false);
  });
});
