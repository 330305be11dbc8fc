import { Registration, Training } from "../../../entities/trainings";
import { User } from "../../../entities/users";
import { rowAsEntity, selectList } from "../../../server/modules/loading";
import { lockTraining } from "../../../server/modules/trainings/trainings.seats";
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

describe("selectList", () => {
  it("reads the columns a query builder reads: a hidden column only when named", async () => {
    const user = await createUser(db.ds);
    const read = await db.ds.getRepository(User).findOneByOrFail({ id: user.id });
    const [plain] = await db.ds.query(`SELECT ${selectList(db.ds, User, "u")} FROM users u WHERE u.id = $1`, [user.id]);
    expect(rowAsEntity(db.ds, User, plain)).toEqual(read);
    expect(plain).not.toHaveProperty("password_hash");
    expect(plain).not.toHaveProperty("oidc_subject");
    const [withSubject] = await db.ds.query(`SELECT ${selectList(db.ds, User, "u", ["oidcSubject"])} FROM users u WHERE u.id = $1`, [user.id]);
    expect(withSubject).toHaveProperty("oidc_subject");
    expect(withSubject).not.toHaveProperty("password_hash");
  });

  it("makes a training locked by SQL the entity findOneBy reads, arrays of enums included", async () => {
    const [t] = await db.ds.query(
      `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience, kind, questions)
       VALUES ('Próba', 'Sala', now() + interval '1 day', now() + interval '1 day 2 hours', 10, ARRAY['PES','RESIDENTS']::training_audience[], 'TRAINING',
               '[{"id": "q1", "label": "Rozmiar", "kind": "TEXT", "required": false}]') RETURNING id`,
    );
    const locked = await db.ds.transaction((em) => lockTraining(em, t.id));
    expect(locked).toBeInstanceOf(Training);
    expect(locked).toEqual(await db.ds.getRepository(Training).findOneByOrFail({ id: t.id }));
    expect(locked!.audience).toEqual(["PES", "RESIDENTS"]);
  });
});
