import { Registration } from "../../../entities/trainings";
import { loaderByPair, loaderOneByPair } from "../../../server/modules/loading";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";

/** Loaders of rows by a pair of ids: every key of a batch in one statement, each key's rows (or its one row) in order. */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const keyOf = (r: Registration) => `${r.userId}:${r.trainingId}`;

it("loads each pair's rows, in order, and the one row of a pair or null, in one statement a batch", async () => {
  const [a, b] = [await createUser(db.ds), await createUser(db.ds)];
  const [training] = await db.ds.query(
    `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience, kind)
     VALUES ('Pary', 'Sala', now() + interval '1 day', now() + interval '1 day 2 hours', 10, ARRAY['RESIDENTS']::training_audience[], 'TRAINING') RETURNING id`,
  );
  const register = async (status: string, token: string) =>
    (
      await db.ds.query(
        `INSERT INTO registrations (training_id, user_id, status, audience, cancel_token, check_in_code) VALUES ($1, $2, $3, 'RESIDENTS', $4, $4) RETURNING id`,
        [training.id, a.id, status, token],
      )
    )[0].id as string;
  const cancelled = await register("CANCELLED", "t1");
  const live = await register("CONFIRMED", "t2");
  const [ka, kb] = [`${a.id}:${training.id}`, `${b.id}:${training.id}`];

  const rows = loaderByPair(db.ds, Registration, ["user_id", "training_id"], keyOf, { orderBy: ["registered_at"] });
  let all: Registration[][] = [];
  expect(await countQueries(db.ds, async () => (all = await rows.loadMany([ka, kb]) as Registration[][]))).toBe(1);
  expect(all.map((list) => list.map((r) => r.id))).toEqual([[cancelled, live], []]);

  const one = loaderOneByPair(db.ds, Registration, ["user_id", "training_id"], keyOf, { where: "row.status <> 'CANCELLED'" });
  let found: (Registration | null)[] = [];
  expect(await countQueries(db.ds, async () => (found = await one.loadMany([ka, kb]) as (Registration | null)[]))).toBe(1);
  expect(found.map((r) => r?.id ?? null)).toEqual([live, null]);
});
