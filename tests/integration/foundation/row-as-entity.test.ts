import { Registration } from "../../../entities/trainings";
import { rowAsEntity } from "../../../server/modules/loading";
import { createTestDb, type TestDb } from "../../helpers/db";
import { createUser } from "../../factories";

/** An entity made from a RETURNING row is the one TypeORM reads back: same class, same values, same types. */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

it("makes the inserted row the entity findOneBy would read", async () => {
  const user = await createUser(db.ds);
  const [training] = await db.ds.query(
    `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience, kind)
     VALUES ('Próba', 'Sala', now() + interval '1 day', now() + interval '1 day 2 hours', 10, ARRAY['RESIDENTS']::training_audience[], 'TRAINING') RETURNING id`,
  );
  const [row] = await db.ds.query(
    `INSERT INTO registrations (training_id, user_id, status, audience, answers, cancel_token, check_in_code)
     VALUES ($1, $2, 'CONFIRMED', 'RESIDENTS', '{"consent": true}', 'tok', 'code') RETURNING *`,
    [training.id, user.id],
  );
  const made = rowAsEntity(db.ds, Registration, row);
  const read = await db.ds.getRepository(Registration).findOneByOrFail({ id: row.id });
  expect(made).toBeInstanceOf(Registration);
  expect(made).toEqual(read);
  expect(made.registeredAt).toBeInstanceOf(Date);
  expect(made.answers).toEqual({ consent: true });
});
