import { Role } from "../../../entities/users";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { countQueries } from "../../helpers/statements";
import { CANCEL, createTraining, DAY, REGISTER, setDates } from "./helpers";

/**
 * The public trainings list (the bench's Q3) reads its page, its count and, when asked, the
 * page's seat counts in one statement; the seat counts it hands on are the ones a single
 * training's own query reads through the loader.
 */
let db: TestDb;
const ids: { full: string; open: string; past: string } = { full: "", open: "", past: "" };
beforeAll(async () => {
  db = await createTestDb();
  const resident = () => createUser(db.ds, { role: Role.RESIDENT });
  ids.full = await createTraining(db.ds, { capacity: 2, startsAt: new Date(Date.now() + 2 * DAY).toISOString(), endsAt: new Date(Date.now() + 2 * DAY + 3600_000).toISOString(), registrationDeadline: null });
  ids.open = await createTraining(db.ds, { capacity: 5, officialsQuota: 1, startsAt: new Date(Date.now() + 3 * DAY).toISOString(), endsAt: new Date(Date.now() + 3 * DAY + 3600_000).toISOString(), registrationDeadline: null });
  ids.past = await createTraining(db.ds, { registrationDeadline: null });
  // Full: two confirmed, one waiting, one who cancelled (not counted); open: one official, one resident.
  const people = [await resident(), await resident(), await resident(), await resident()];
  for (const u of people) ok(await gql(db.ds, REGISTER, { id: ids.full }, u.id));
  ok(await gql(db.ds, CANCEL, { id: ids.full }, people[3].id));
  ok(await gql(db.ds, REGISTER, { id: ids.open }, (await createUser(db.ds, { role: Role.OFFICIAL })).id));
  ok(await gql(db.ds, REGISTER, { id: ids.open }, people[0].id));
  await setDates(db.ds, ids.past, { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + 3600_000) });
});
afterAll(() => db.drop());

const SEATS = `seatsLeft confirmedCount waitlistCount seatsByAudience { audience quota confirmedCount seatsLeft }`;
const Q3 = `query($upcoming: Boolean) { trainings(first: 20, upcoming: $upcoming) { totalCount edges { node { id title startsAt capacity ${SEATS} } } } }`;
const Q3_BY_FRAGMENT = `query { trainings(first: 20, upcoming: true) { totalCount edges { node { id ...Seats } } } } fragment Seats on Training { ... on Training { ${SEATS} } }`;
const NO_SEATS = `query { trainings(first: 20, upcoming: true) { totalCount edges { node { id title startsAt } } } }`;
const ONE = `query($id: ID!) { training(id: $id) { id ${SEATS} } }`;

describe("the trainings list's statements", () => {
  it("reads the upcoming page, its count and the page's seat counts in one statement", async () => {
    let page: any;
    expect(await countQueries(db.ds, async () => (page = ok(await gql(db.ds, Q3, { upcoming: true })).trainings))).toBe(1);
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: any) => e.node.id)).toEqual([ids.full, ids.open]);
    expect(await countQueries(db.ds, async () => ok(await gql(db.ds, Q3_BY_FRAGMENT)))).toBe(1);
    expect(await countQueries(db.ds, async () => ok(await gql(db.ds, NO_SEATS)))).toBe(1);
  });

  it("reads one statement per group when the list runs from upcoming into past ones", async () => {
    let page: any;
    expect(await countQueries(db.ds, async () => (page = ok(await gql(db.ds, Q3, {})).trainings))).toBe(2);
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e: any) => e.node.id)).toEqual([ids.full, ids.open, ids.past]);
  });

  it("gives each listed training the seat counts its own query reads", async () => {
    const listed = ok(await gql(db.ds, Q3, {})).trainings.edges.map((e: any) => e.node);
    for (const node of listed) {
      const own = ok(await gql(db.ds, ONE, { id: node.id })).training;
      expect({ id: node.id, seatsLeft: node.seatsLeft, confirmedCount: node.confirmedCount, waitlistCount: node.waitlistCount, seatsByAudience: node.seatsByAudience }).toEqual(own);
    }
    const full = listed.find((n: any) => n.id === ids.full);
    expect(full).toMatchObject({ seatsLeft: 0, confirmedCount: 2, waitlistCount: 1 });
    const open = listed.find((n: any) => n.id === ids.open);
    expect(open).toMatchObject({ seatsLeft: 3, confirmedCount: 2, waitlistCount: 0 });
    expect(open.seatsByAudience.find((a: any) => a.audience === "OFFICIALS")).toEqual({ audience: "OFFICIALS", quota: 1, confirmedCount: 1, seatsLeft: 0 });
    expect(listed.find((n: any) => n.id === ids.past)).toMatchObject({ seatsLeft: 10, confirmedCount: 0, waitlistCount: 0 });
  });
});
