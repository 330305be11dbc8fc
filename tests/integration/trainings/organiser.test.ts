import { MailMessage } from "../../../entities/system";
import { Registration, Training } from "../../../entities/trainings";
import { Role } from "../../../entities/users";
import { createTestDbWithRoles, createUser, type RoleSet } from "../../factories";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { sendTrainingReminders } from "../../../server/modules/trainings/trainings.jobs";
import { CREATE, createTraining, DAY, REGISTER, setDates, trainingInput } from "./helpers";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createTestDbWithRoles()));
afterAll(() => db.drop());

const trainingCount = () => db.ds.getRepository(Training).count();

describe("createTraining validation", () => {
  const start = Date.now() + 10 * DAY;
  it.each([
    ["endsAt", { endsAt: new Date(start).toISOString(), startsAt: new Date(start).toISOString() }],
    ["endsAt", { endsAt: new Date(start - 3600_000).toISOString(), startsAt: new Date(start).toISOString() }],
    ["capacity", { capacity: 0 }],
    ["capacity", { capacity: -5 }],
    ["registrationDeadline", { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3600_000).toISOString(), registrationDeadline: new Date(start + 1000).toISOString() }],
    ["capacity", { capacity: 10, officialsQuota: 6, pesQuota: 6 }],
    ["officialsQuota", { capacity: 10, officialsQuota: 11 }],
    ["residentsQuota", { audience: ["OFFICIALS"], residentsQuota: 2 }],
    ["audience", { audience: [] }],
    ["title", { title: "  " }],
    ["onlineUrl", { onlineUrl: "javascript:alert(1)" }],
    ["longitude", { latitude: 53.01 }],
    ["latitude", { longitude: 18.6 }],
    ["latitude", { latitude: 91, longitude: 18.6 }],
    ["longitude", { latitude: 53.01, longitude: -181 }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it, and writes nothing", async (field, over) => {
    const before = await trainingCount();
    const r = await gql(db.ds, CREATE, { input: trainingInput(over) }, roles.official.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await trainingCount()).toBe(before);
  });

  it("accepts quotas that add up to the capacity, and an unlimited (null) quota", async () => {
    const t = ok(await gql(db.ds, CREATE, { input: trainingInput({ capacity: 10, officialsQuota: 5, pesQuota: 5, residentsQuota: null, kind: "MEETING", topics: ["klauzule społeczne"] }) }, roles.admin.id)).createTraining;
    expect(t).toMatchObject({ capacity: 10, officialsQuota: 5, pesQuota: 5, residentsQuota: null, seatsLeft: 10, kind: "MEETING", topics: ["klauzule społeczne"], audience: ["OFFICIALS", "PES", "RESIDENTS"] });
  });
});

describe("the venue on the map", () => {
  it("keeps both coordinates, so the event page can show the map, and clears them when both are left out", async () => {
    const GET = `query($id: ID!) { training(id: $id) { latitude longitude } }`;
    const UPDATE = `mutation($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }`;
    const id = await createTraining(db.ds, { latitude: 53.01037, longitude: 18.60368 });
    expect(ok(await gql(db.ds, GET, { id })).training).toEqual({ latitude: 53.01037, longitude: 18.60368 });
    ok(await gql(db.ds, UPDATE, { id, input: trainingInput() }, roles.official.id));
    expect(ok(await gql(db.ds, GET, { id })).training).toEqual({ latitude: null, longitude: null });
  });
});

describe("updateTraining and cancelTraining", () => {
  const UPDATE = `mutation($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id capacity confirmedCount waitlistCount } }`;

  it("refuses a capacity below the confirmed seats, and fills seats from the waiting list when it grows", async () => {
    const id = await createTraining(db.ds, { capacity: 1 });
    const [a, b] = [await createUser(db.ds), await createUser(db.ds)];
    ok(await gql(db.ds, REGISTER, { id }, a.id));
    ok(await gql(db.ds, REGISTER, { id }, b.id));
    ok(await gql(db.ds, REGISTER, { id }, roles.resident.id));
    expect(errorCode(await gql(db.ds, UPDATE, { id, input: trainingInput({ capacity: 0 }) }, roles.official.id))).toBe("BAD_USER_INPUT");
    const grown = ok(await gql(db.ds, UPDATE, { id, input: trainingInput({ capacity: 2 }) }, roles.official.id)).updateTraining;
    expect(grown).toMatchObject({ capacity: 2, confirmedCount: 2, waitlistCount: 1 });
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: b.email, template: "trainings.promoted" })).toBe(true);
  });

  it("e-mails every live registrant when a training is cancelled", async () => {
    const id = await createTraining(db.ds);
    const u = await createUser(db.ds);
    ok(await gql(db.ds, REGISTER, { id }, u.id));
    const t = ok(await gql(db.ds, `mutation($id: ID!) { cancelTraining(id: $id, reason: "Choroba prowadzącej") { cancelledAt } }`, { id }, roles.official.id)).cancelTraining;
    expect(t.cancelledAt).toBeTruthy();
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: u.email, template: "trainings.cancelled" });
    expect(mail.text).toContain("Choroba prowadzącej");
  });
});

describe("registrations for organisers and attendance", () => {
  const LIST = `query($id: ID!) { trainingRegistrations(trainingId: $id) { id status audience attended user { id email } } }`;
  const MARK = `mutation($id: ID!, $a: Boolean!) { markAttendance(registrationId: $id, attended: $a) { id attended attendedAt } }`;

  it("lists registrations with status and audience, and checks people in by id or code", async () => {
    const id = await createTraining(db.ds, { capacity: 1 });
    const a = await createUser(db.ds);
    const b = await createUser(db.ds);
    const ra = ok(await gql(db.ds, REGISTER, { id }, a.id)).registerForTraining;
    const rb = ok(await gql(db.ds, REGISTER, { id }, b.id)).registerForTraining;
    const list = ok(await gql(db.ds, LIST, { id }, roles.official.id)).trainingRegistrations;
    expect(list.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([[ra.id, "CONFIRMED"], [rb.id, "WAITLISTED"]]);
    expect(list[0]).toMatchObject({ audience: "RESIDENTS", attended: false, user: { email: a.email } });

    await setDates(db.ds, id, { startsAt: new Date(Date.now() - 600_000), registrationDeadline: null });
    expect(ok(await gql(db.ds, MARK, { id: ra.id, a: true }, roles.official.id)).markAttendance.attended).toBe(true);
    expect(errorCode(await gql(db.ds, MARK, { id: rb.id, a: true }, roles.official.id))).toBe("CONFLICT");
    ok(await gql(db.ds, MARK, { id: ra.id, a: false }, roles.admin.id));
    const { checkInCode } = await db.ds.getRepository(Registration).findOneByOrFail({ id: ra.id });
    const byCode = ok(await gql(db.ds, `mutation($t: ID!, $c: String!) { checkInByCode(trainingId: $t, code: $c) { id attended } }`, { t: id, c: checkInCode.toLowerCase() }, roles.official.id));
    expect(byCode.checkInByCode).toEqual({ id: ra.id, attended: true });
  });
});

describe("attendance certificates and programme figures", () => {
  const CERT = `query($id: ID!) { myTrainingCertificate(trainingId: $id) }`;

  it("issues a PDF certificate only to people checked in, and counts them in the figures", async () => {
    const id = await createTraining(db.ds, { kind: "TRAINING", audience: ["OFFICIALS", "RESIDENTS"] });
    const came = await createUser(db.ds, { role: Role.OFFICIAL, name: "Żaneta Łęcka" });
    const absent = await createUser(db.ds);
    const r = ok(await gql(db.ds, REGISTER, { id }, came.id)).registerForTraining;
    ok(await gql(db.ds, REGISTER, { id }, absent.id));
    await setDates(db.ds, id, { startsAt: new Date(Date.now() - 2 * 3600_000), endsAt: new Date(Date.now() - 3600_000), registrationDeadline: null });
    const before = ok(await gql(db.ds, `{ trainingFigures { trainingsHeld peopleTrained officialsTrained residentsTrained attendances } }`)).trainingFigures;
    ok(await gql(db.ds, `mutation($id: ID!) { markAttendance(registrationId: $id, attended: true) { id } }`, { id: r.id }, roles.official.id));

    const pdf = Buffer.from(ok(await gql(db.ds, CERT, { id }, came.id)).myTrainingCertificate, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(errorCode(await gql(db.ds, CERT, { id }, absent.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, CERT, { id }, null))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, CERT, { id: "nope" }, came.id))).toBe("NOT_FOUND");

    const after = ok(await gql(db.ds, `{ trainingFigures { trainingsHeld peopleTrained officialsTrained residentsTrained attendances } }`)).trainingFigures;
    expect(after).toEqual({ ...before, peopleTrained: before.peopleTrained + 1, officialsTrained: before.officialsTrained + 1, attendances: before.attendances + 1 });
  });
});

describe("reminder job", () => {
  it("reminds confirmed participants once, a day ahead, and nobody on the waiting list", async () => {
    const id = await createTraining(db.ds, { capacity: 1 });
    const [a, b] = [await createUser(db.ds), await createUser(db.ds)];
    ok(await gql(db.ds, REGISTER, { id }, a.id));
    ok(await gql(db.ds, REGISTER, { id }, b.id));
    const reminded = (email: string) => db.ds.getRepository(MailMessage).countBy({ to: email, template: "trainings.reminder" });
    await sendTrainingReminders(db.ds);
    expect(await reminded(a.email)).toBe(0); // a month ahead: too early
    await setDates(db.ds, id, { startsAt: new Date(Date.now() + 3 * 3600_000), endsAt: new Date(Date.now() + 5 * 3600_000), registrationDeadline: null });
    await Promise.all([sendTrainingReminders(db.ds), sendTrainingReminders(db.ds)]);
    await sendTrainingReminders(db.ds);
    expect(await reminded(a.email)).toBe(1);
    expect(await reminded(b.email)).toBe(0);
  });
});

describe("access for every operation and role", () => {
  type Who = "anonymous" | "resident" | "pes" | "official" | "admin";
  const userId = (w: Who) => (w === "anonymous" ? null : roles[w].id);

  const organiserOnly: [string, (id: string, regId: string) => [string, Record<string, unknown>]][] = [
    ["createTraining", () => [CREATE, { input: trainingInput() }]],
    ["updateTraining", (id) => [`mutation($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }`, { id, input: trainingInput() }]],
    ["cancelTraining", (id) => [`mutation($id: ID!) { cancelTraining(id: $id) { id } }`, { id }]],
    ["trainingRegistrations", (id) => [`query($id: ID!) { trainingRegistrations(trainingId: $id) { id } }`, { id }]],
    ["markAttendance", (_id, regId) => [`mutation($id: ID!) { markAttendance(registrationId: $id, attended: true) { id } }`, { id: regId }]],
    ["checkInByCode", (id) => [`mutation($id: ID!) { checkInByCode(trainingId: $id, code: "ABCDEFGH") { id } }`, { id }]],
    ["emailTrainingRegistrants", (id) => [`mutation($id: ID!) { emailTrainingRegistrants(trainingId: $id, subject: "Przypomnienie", body: "Do zobaczenia jutro") }`, { id }]],
  ];

  it.each(organiserOnly)("%s: anonymous UNAUTHENTICATED, resident and PES FORBIDDEN, official and admin allowed", async (_name, make) => {
    const expected: Record<Who, string | undefined> = { anonymous: "UNAUTHENTICATED", resident: "FORBIDDEN", pes: "FORBIDDEN", official: undefined, admin: undefined };
    for (const who of Object.keys(expected) as Who[]) {
      const id = await createTraining(db.ds, { capacity: 5 });
      const reg = ok(await gql(db.ds, REGISTER, { id }, (await createUser(db.ds)).id)).registerForTraining;
      const [q, vars] = make(id, reg.id);
      const code = errorCode(await gql(db.ds, q, vars, userId(who)));
      // checkInByCode with an unknown code is NOT_FOUND for those allowed to ask.
      expect([who, code === "NOT_FOUND" && _name === "checkInByCode" ? undefined : code]).toEqual([who, expected[who]]);
    }
  });

  it("registerForTraining, cancelRegistration, myRegistrations and withdrawRegistration need a signed-in user", async () => {
    const id = await createTraining(db.ds);
    for (const [q, vars] of [
      [REGISTER, { id }],
      [`mutation($id: ID!) { cancelRegistration(trainingId: $id) { id } }`, { id }],
      [`{ myRegistrations { id } }`, {}],
      [`mutation { withdrawRegistration(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}],
    ] as const) {
      expect(errorCode(await gql(db.ds, q, vars, null))).toBe("UNAUTHENTICATED");
    }
  });

  it("trainings, training and the calendar queries are public", async () => {
    const id = await createTraining(db.ds);
    const r = ok(await gql(db.ds, `query($id: ID!) { trainings { totalCount } training(id: $id) { id myRegistration { id } onlineUrl } trainingIcs(id: $id) upcomingTrainingsIcs }`, { id }));
    expect(r.training).toEqual({ id, myRegistration: null, onlineUrl: null });
    expect(r.trainingIcs).toContain(`UID:training-${id}@pestor`);
    expect(r.upcomingTrainingsIcs).toContain(`UID:training-${id}@pestor`);
  });

  it("shows the online link only to organisers and confirmed participants", async () => {
    const id = await createTraining(db.ds, { capacity: 1, onlineUrl: "https://meet.example.org/x" });
    const [a, b] = [await createUser(db.ds), await createUser(db.ds)];
    ok(await gql(db.ds, REGISTER, { id }, a.id));
    ok(await gql(db.ds, REGISTER, { id }, b.id));
    const Q = `query($id: ID!) { training(id: $id) { onlineUrl online } }`;
    expect(ok(await gql(db.ds, Q, { id }, a.id)).training).toEqual({ onlineUrl: "https://meet.example.org/x", online: true });
    expect(ok(await gql(db.ds, Q, { id }, b.id)).training.onlineUrl).toBeNull();
    expect(ok(await gql(db.ds, Q, { id }, roles.official.id)).training.onlineUrl).toBe("https://meet.example.org/x");
    expect(ok(await gql(db.ds, Q, { id }, null)).training.onlineUrl).toBeNull();
  });

  it("organisers' answers are hidden from other people", async () => {
    const id = await createTraining(db.ds, { askDietary: true });
    const u = await createUser(db.ds, { role: Role.RESIDENT });
    ok(await gql(db.ds, REGISTER, { id, answers: { dietary: "bez glutenu" } }, u.id));
    const list = ok(await gql(db.ds, `query($id: ID!) { trainingRegistrations(trainingId: $id) { dietaryNeeds checkInCode } }`, { id }, roles.official.id));
    expect(list.trainingRegistrations).toEqual([{ dietaryNeeds: "bez glutenu", checkInCode: null }]);
  });
});
