import { Role } from "../../../entities/users";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createTraining, DAY, REGISTER, setDates } from "./helpers";

let db: TestDb;
const ids: { future: string[]; past: string[] } = { future: [], past: [] };
beforeAll(async () => {
  db = await createTestDb();
  // 5 upcoming (in 5..1 days order of creation, so creation order ≠ start order) and 3 past.
  for (const d of [5, 3, 1, 4, 2]) {
    const id = await createTraining(db.ds, {
      startsAt: new Date(Date.now() + d * DAY).toISOString(),
      endsAt: new Date(Date.now() + d * DAY + 3600_000).toISOString(),
      registrationDeadline: null,
      kind: d % 2 ? "TRAINING" : "MEETING",
      audience: d === 1 ? ["OFFICIALS"] : ["PES", "RESIDENTS"],
      topics: d === 3 ? ["klauzule społeczne"] : [],
    });
    ids.future[d - 1] = id;
  }
  for (const d of [1, 3, 2]) {
    const id = await createTraining(db.ds);
    await setDates(db.ds, id, { startsAt: new Date(Date.now() - d * DAY), endsAt: new Date(Date.now() - d * DAY + 3600_000), registrationDeadline: null });
    ids.past[d - 1] = id;
  }
});
afterAll(() => db.drop());

const LIST = `query($first: Int, $after: String, $upcoming: Boolean, $filter: TrainingFilter) {
  trainings(first: $first, after: $after, upcoming: $upcoming, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id seatsLeft confirmedCount waitlistCount } } } }`;

async function all(vars: Record<string, unknown>) {
  const out: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: any = ok(await gql(db.ds, LIST, { ...vars, after })).trainings;
    out.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids: out, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error("too many pages");
}

describe("trainings", () => {
  it("lists upcoming ones by start time, then past ones most recent first, paging without gaps or repeats", async () => {
    const r = await all({ first: 3 });
    expect(r.ids).toEqual([...ids.future, ...ids.past]);
    expect(r.totalCount).toBe(8);
  });

  it("upcoming: true keeps the future ones, false the past ones", async () => {
    expect(await all({ first: 2, upcoming: true })).toEqual({ ids: ids.future, totalCount: 5 });
    expect(await all({ first: 2, upcoming: false })).toEqual({ ids: ids.past, totalCount: 3 });
  });

  it("filters by kind, audience, topic and month range", async () => {
    expect((await all({ upcoming: true, filter: { kind: "MEETING" } })).ids).toEqual([ids.future[1], ids.future[3]]);
    expect((await all({ upcoming: true, filter: { audience: "OFFICIALS" } })).ids).toEqual([ids.future[0]]);
    expect((await all({ filter: { topic: "klauzule społeczne" } })).ids).toEqual([ids.future[2]]);
    const from = new Date(Date.now() + 1.5 * DAY).toISOString();
    const to = new Date(Date.now() + 3.5 * DAY).toISOString();
    expect((await all({ filter: { startsFrom: from, startsBefore: to } })).ids).toEqual([ids.future[1], ids.future[2]]);
  });

  it("leaves cancelled ones out when asked, with a filter on every page of a keyset walk", async () => {
    await db.ds.query(`UPDATE trainings SET cancelled_at = now() WHERE id = $1`, [ids.future[1]]);
    try {
      const kept = ids.future.filter((id) => id !== ids.future[1]);
      expect(await all({ first: 1, upcoming: true, filter: { includeCancelled: false } })).toEqual({ ids: kept, totalCount: 4 });
      expect(await all({ first: 1, filter: { includeCancelled: false, kind: "MEETING" } })).toEqual({ ids: [ids.future[3]], totalCount: 1 });
    } finally {
      await db.ds.query(`UPDATE trainings SET cancelled_at = NULL WHERE id = $1`, [ids.future[1]]);
    }
  });

  it("refuses first outside 1..100 and cursors it did not issue", async () => {
    for (const first of [0, -1, 101]) {
      const r = await gql(db.ds, LIST, { first });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0].extensions!.fields).toHaveProperty("first");
    }
    const bad = await gql(db.ds, LIST, { after: "eyJhIjoxfQ.forged" });
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.fields).toHaveProperty("after");
  });

  it("computes seat counts for a whole page with a fixed number of SQL statements", async () => {
    const u = await createUser(db.ds, { role: Role.RESIDENT });
    ok(await gql(db.ds, REGISTER, { id: ids.future[1] }, u.id));
    const count = async (first: number, upcoming?: boolean) => {
      let n = 0;
      const orig = db.ds.driver.createQueryRunner.bind(db.ds.driver);
      const spy = jest.spyOn(db.ds.driver, "createQueryRunner").mockImplementation((mode) => {
        const qr = orig(mode);
        const q = qr.query.bind(qr);
        qr.query = ((...a: Parameters<typeof q>) => {
          n++;
          return q(...a);
        }) as typeof qr.query;
        return qr;
      });
      const page = ok(await gql(db.ds, LIST, { first, upcoming })).trainings;
      spy.mockRestore();
      return { n, page };
    };
    // One page query per group (upcoming, past), the count, and one grouped count query.
    expect((await count(1, true)).n).toBe((await count(5, true)).n);
    const small = await count(6);
    const big = await count(8);
    expect(big.n).toBe(small.n);
    expect(big.n).toBeLessThanOrEqual(4);
    const node = big.page.edges.find((e: any) => e.node.id === ids.future[1]).node;
    expect(node).toMatchObject({ confirmedCount: 1, waitlistCount: 0, seatsLeft: 9 });
  });
});
