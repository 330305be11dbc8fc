import { Registration, RegistrationStatus } from "../../../entities/trainings";
import { Role, type User } from "../../../entities/users";
import { setSeatLockingForTests } from "../../../server/modules/trainings/trainings.seats";
import { createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createTraining } from "./helpers";

/**
 * Seats are never oversold whatever the concurrency: 200 people register at once for 30
 * seats. The control run switches the row lock off to show that this test can see
 * overbooking at all (otherwise a passing run would prove nothing).
 */
// 200 transactions queue for one row lock; a loaded CI machine needs more than the default minute.
jest.setTimeout(300_000);

let db: TestDb;
let people: User[];
const PEOPLE = 200;
const SEATS = 30;

beforeAll(async () => {
  db = await createTestDb({ poolSize: 40 });
  people = [];
  for (let i = 0; i < PEOPLE; i += 20) {
    people.push(...(await Promise.all(Array.from({ length: 20 }, () => createUser(db.ds, { role: Role.RESIDENT })))));
  }
});
afterAll(async () => {
  setSeatLockingForTests(true);
  await db.drop();
});

const REGISTER = `mutation($id: ID!) { registerForTraining(trainingId: $id) { id status waitlistPosition } }`;

async function stampede(trainingId: string) {
  const results = await Promise.all(people.map((u) => gql(db.ds, REGISTER, { id: trainingId }, u.id)));
  const errors = results.filter((r) => r.errors?.length);
  const rows = await db.ds
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :trainingId", { trainingId })
    .orderBy("r.registered_at", "ASC")
    .addOrderBy("r.id", "ASC")
    .getMany();
  return { results, errors, rows };
}

it("confirms exactly 30 of 200 simultaneous registrations and waitlists the rest in registration order", async () => {
  const id = await createTraining(db.ds, { capacity: SEATS, audience: ["RESIDENTS"] });
  const { results, errors, rows } = await stampede(id);
  expect(errors).toEqual([]);
  expect(rows).toHaveLength(PEOPLE);
  const confirmed = rows.filter((r) => r.status === RegistrationStatus.CONFIRMED);
  expect(confirmed).toHaveLength(SEATS);
  // In registration order: the first 30 got the seats, everyone after them waits.
  expect(rows.slice(0, SEATS).every((r) => r.status === RegistrationStatus.CONFIRMED)).toBe(true);
  expect(rows.slice(SEATS).every((r) => r.status === RegistrationStatus.WAITLISTED)).toBe(true);
  // Waiting-list positions are 1..170 in that same order, as each caller was told.
  const positionById = new Map(results.map((r) => [r.data!.registerForTraining.id, r.data!.registerForTraining.waitlistPosition]));
  expect(rows.slice(SEATS).map((r) => positionById.get(r.id))).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
  expect(rows.slice(0, SEATS).every((r) => positionById.get(r.id) === null)).toBe(true);
});

it("control: without the row lock the same stampede overbooks, so the test above can fail", async () => {
  setSeatLockingForTests(false);
  try {
    const id = await createTraining(db.ds, { capacity: SEATS, audience: ["RESIDENTS"] });
    const { rows } = await stampede(id);
    const confirmed = rows.filter((r) => r.status === RegistrationStatus.CONFIRMED).length;
    console.info(`control run: ${confirmed} CONFIRMED for ${SEATS} seats`);
    expect(confirmed).toBeGreaterThan(SEATS);
  } finally {
    setSeatLockingForTests(true);
  }
});

// ---------------------------------------------------------------- groups

/**
 * The same lock decides group registrations person by person: 100 requests of 2
 * colleagues each (200 people) from 20 PES accounts, for 30 seats of which 25 for PES.
 * Exactly 25 colleagues get a seat (the quota counts people, not accounts or requests),
 * the rest wait; the control run without the lock gives more than 25 seats.
 */
const GROUP_REGISTER = `mutation($id: ID!, $a: [GroupAttendeeInput!]!) { registerGroupForTraining(trainingId: $id, attendees: $a) { id status } }`;
let groupRun = 0;

async function groupStampede(trainingId: string) {
  const registrants = await Promise.all(Array.from({ length: 20 }, () => createPesMember(db.ds)));
  const run = groupRun++;
  const results = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      gql(db.ds, GROUP_REGISTER, {
        id: trainingId,
        a: [0, 1].map((k) => ({ name: `Osoba ${i}-${k}`, email: `kolega-${run}-${i}-${k}@example.org` })),
      }, registrants[i % 20].user.id),
    ),
  );
  const rows = await db.ds.getRepository(Registration).find({ where: { trainingId } });
  return { errors: results.filter((r) => r.errors?.length), rows };
}

it("groups: exactly 25 of 200 colleagues registered at once get the 25 PES seats", async () => {
  const id = await createTraining(db.ds, { capacity: SEATS, audience: ["PES", "RESIDENTS"], pesQuota: 25 });
  const { errors, rows } = await groupStampede(id);
  expect(errors).toEqual([]);
  expect(rows).toHaveLength(200);
  expect(new Set(rows.map((r) => r.attendeeEmail)).size).toBe(200);
  expect(rows.filter((r) => r.status === RegistrationStatus.CONFIRMED)).toHaveLength(25);
  expect(rows.filter((r) => r.status === RegistrationStatus.WAITLISTED)).toHaveLength(175);
});

it("groups control: without the row lock the group stampede overbooks the PES quota", async () => {
  setSeatLockingForTests(false);
  try {
    const id = await createTraining(db.ds, { capacity: SEATS, audience: ["PES", "RESIDENTS"], pesQuota: 25 });
    const { rows } = await groupStampede(id);
    const confirmed = rows.filter((r) => r.status === RegistrationStatus.CONFIRMED).length;
    console.info(`group control run: ${confirmed} CONFIRMED for 25 PES seats`);
    expect(confirmed).toBeGreaterThan(25);
  } finally {
    setSeatLockingForTests(true);
  }
});

// ---------------------------------------------------------------- the account going meanwhile

/**
 * Deleting an account locks the person's row and then their trainings. A registration that
 * locked the training first and the person only through its insert's foreign key waited
 * for the deletion while the deletion waited for it: PostgreSQL broke the cycle with an
 * error (a 500). The registration now takes the person first, so it merely waits.
 */
it("a registration while the account is being deleted waits without holding the training, then is refused as signed out", async () => {
  const u = await createUser(db.ds, { role: Role.RESIDENT });
  const id = await createTraining(db.ds, { capacity: SEATS, audience: ["RESIDENTS"] });
  const answer = await afterOtherCommits(
    db.ds,
    // What deleteMyAccount locks first…
    (other) => other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [u.id]),
    () => gql(db.ds, REGISTER, { id }, u.id),
    async (other) => {
      // …and then: the training is free, the registration waits on the person.
      await other.query(`SELECT id FROM trainings WHERE id = $1 FOR UPDATE NOWAIT`, [id]);
      await other.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [u.id]);
    },
  );
  expect(answer.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  expect(await db.ds.query(`SELECT count(*)::int AS n FROM registrations WHERE user_id = $1`, [u.id])).toEqual([{ n: 0 }]);
});
