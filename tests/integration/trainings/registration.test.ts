import { createHash } from "node:crypto";
import { MailMessage, type MailAttachment } from "../../../entities/system";
import { Registration } from "../../../entities/trainings";
import { Role } from "../../../entities/users";
import { createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { countQueries } from "../../helpers/statements";
import { processMailQueue, setMailTransport } from "../../../server/mail/mail.service";
import { checkInQr } from "../../../server/modules/trainings/trainings.mail";
import { CANCEL, createTraining, DAY, REGISTER, setDates, TRAINING } from "./helpers";
import { RegistrationCancelTokenHashed1764101400000 } from "../../../migrations/1764101400000-RegistrationCancelTokenHashed";

const BY_TOKEN = `mutation($t: String!) { cancelRegistrationByToken(token: $t) { id status } }`;
/** The token of the link in the e-mail of `template` to `to`: the only place it is plain. */
async function linkToken(to: string, template: string): Promise<string> {
  return /token=([A-Za-z0-9_-]+)/.exec((await db.ds.getRepository(MailMessage).findOneByOrFail({ to, template })).text)![1];
}

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const resident = () => createUser(db.ds, { role: Role.RESIDENT });
const liveCount = (trainingId: string) =>
  db.ds.getRepository(Registration).createQueryBuilder("r").where("r.training_id = :trainingId AND r.status <> 'CANCELLED'", { trainingId }).getCount();

describe("registerForTraining", () => {
  it("confirms while seats are left, then waitlists with 1-based positions", async () => {
    const id = await createTraining(db.ds, { capacity: 2 });
    const users = [await resident(), await resident(), await resident(), await resident()];
    const res = [];
    for (const u of users) res.push(ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining);
    expect(res.map((r) => r.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    expect(res.map((r) => r.waitlistPosition)).toEqual([null, null, 1, 2]);
    expect(res[3].training).toMatchObject({ seatsLeft: 0, confirmedCount: 2, waitlistCount: 2 });
    expect(res[0].audience).toBe("RESIDENTS");
  });

  it("decides a registration in a fixed number of statements: the person, begin, lock, counts with the person's own, insert with its e-mail, commit", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    const doc = `mutation($id: ID!) { registerForTraining(trainingId: $id) { id status } }`;
    let status = "";
    expect(await countQueries(db.ds, async () => (status = ok(await gql(db.ds, doc, { id }, u.id)).registerForTraining.status))).toBe(6);
    expect(status).toBe("CONFIRMED");
    // Registering again finds the live registration by the id the counts returned.
    expect(await countQueries(db.ds, async () => ok(await gql(db.ds, doc, { id }, u.id)))).toBe(6);
    expect(await liveCount(id)).toBe(1);
  });

  it("returns the same registration when the person registers again", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    const first = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    const again = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    expect(again.id).toBe(first.id);
    expect(await liveCount(id)).toBe(1);
  });

  it("lets a person register anew after cancelling", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    const first = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    ok(await gql(db.ds, CANCEL, { id }, u.id));
    const second = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe("CONFIRMED");
  });

  it("queues a confirmation e-mail with an .ics attachment and a cancel link", async () => {
    const id = await createTraining(db.ds, { title: "Spółdzielnia socjalna od podstaw" });
    const u = await resident();
    const r = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: u.email, template: "trainings.confirmation" });
    const reg = await db.ds.getRepository(Registration).findOneByOrFail({ id: r.id });
    // The link's token is in the e-mail only; the row keeps its SHA-256.
    const sent = new RegExp(`/trainings/${id}/cancel\\?token=([A-Za-z0-9_-]{32})`).exec(mail.text)![1];
    expect(reg.cancelToken).not.toBe(sent);
    expect(reg.cancelToken).toBe(createHash("sha256").update(sent, "utf8").digest("hex"));
    const ics = mail.attachments.find((a) => a.filename.endsWith(".ics"))!;
    const text = Buffer.from(ics.content, "base64").toString("utf8");
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(`UID:training-${id}@pestor`);
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(text).toContain("SUMMARY:Spółdzielnia socjalna od podstaw");
  });

  it("leaves the check-in QR code to the mail worker: the request queues its link, the sent mail carries the drawn code", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    const r = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    const { checkInCode } = await db.ds.getRepository(Registration).findOneByOrFail({ id: r.id });
    const repo = db.ds.getRepository(MailMessage);
    const queued = await repo.findOneByOrFail({ to: u.email, template: "trainings.confirmation" });
    const qrOf = (m: { attachments: MailAttachment[] }) => m.attachments.find((a) => a.filename === "kod-wejscia.svg")!;
    expect(qrOf(queued)).toMatchObject({ content: "", qr: expect.stringContaining(`/admin/trainings/${id}/check-in?code=${checkInCode}`) });

    const sent: MailMessage[] = [];
    setMailTransport({ name: "smtp", send: async (m) => void sent.push(structuredClone(m)) });
    try {
      while ((await processMailQueue(db.ds)) > 0);
    } finally {
      setMailTransport(undefined);
    }
    const svg = Buffer.from(await checkInQr(id, checkInCode)).toString("base64");
    const mail = sent.find((m) => m.id === queued.id)!;
    expect(mail.attachments.map((a) => a.filename)).toEqual(["szkolenie.ics", "kod-wejscia.svg"]);
    expect(qrOf(mail)).toEqual({ filename: "kod-wejscia.svg", contentType: "image/svg+xml", content: svg });
    // The row keeps what was sent.
    expect(qrOf(await repo.findOneByOrFail({ id: queued.id }))).toEqual(qrOf(mail));
  });

  it.each([
    ["an official", Role.OFFICIAL, ["PES"], "FORBIDDEN"],
    ["a resident", Role.RESIDENT, ["OFFICIALS", "PES"], "FORBIDDEN"],
    ["a PES member", Role.PES_MEMBER, ["OFFICIALS"], "FORBIDDEN"],
    ["an official", Role.OFFICIAL, ["OFFICIALS"], undefined],
    ["an admin", Role.ADMIN, ["RESIDENTS"], undefined],
  ])("refuses or accepts %s for audience %j by the audience rule", async (_l, role, audience, code) => {
    const id = await createTraining(db.ds, { audience });
    const u = role === Role.PES_MEMBER ? (await createPesMember(db.ds)).user : await createUser(db.ds, { role });
    const r = await gql(db.ds, REGISTER, { id }, u.id);
    expect(errorCode(r)).toBe(code);
    expect(await liveCount(id)).toBe(code ? 0 : 1);
  });

  it("registers a PES member as PES", async () => {
    const id = await createTraining(db.ds, { audience: ["OFFICIALS", "PES"] });
    const { user } = await createPesMember(db.ds);
    expect(ok(await gql(db.ds, REGISTER, { id }, user.id)).registerForTraining.audience).toBe("PES");
  });

  it("is FORBIDDEN after the deadline, for a started or cancelled training, and writes nothing", async () => {
    const u = await resident();
    const late = await createTraining(db.ds);
    await setDates(db.ds, late, { registrationDeadline: new Date(Date.now() - 1000) });
    expect(errorCode(await gql(db.ds, REGISTER, { id: late }, u.id))).toBe("FORBIDDEN");

    const past = await createTraining(db.ds);
    await setDates(db.ds, past, { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + 3600_000), registrationDeadline: null });
    expect(errorCode(await gql(db.ds, REGISTER, { id: past }, u.id))).toBe("FORBIDDEN");

    const cancelled = await createTraining(db.ds);
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    ok(await gql(db.ds, `mutation($id: ID!) { cancelTraining(id: $id) { id cancelledAt } }`, { id: cancelled }, official.id));
    expect(errorCode(await gql(db.ds, REGISTER, { id: cancelled }, u.id))).toBe("FORBIDDEN");

    for (const id of [late, past, cancelled]) expect(await liveCount(id)).toBe(0);
  });

  it("requires consent when the training has a consent text", async () => {
    const id = await createTraining(db.ds, { consentText: "Zgadzam się na przetwarzanie danych.", askDietary: true });
    const u = await resident();
    const refused = await gql(db.ds, REGISTER, { id }, u.id);
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].extensions!.fields).toHaveProperty(["answers.consent"]);
    expect(await liveCount(id)).toBe(0);
    const r = ok(await gql(db.ds, REGISTER, { id, answers: { consent: true, dietary: "wegetariańska" } }, u.id)).registerForTraining;
    expect(r.status).toBe("CONFIRMED");
    const mine = ok(await gql(db.ds, `{ myRegistrations { id dietaryNeeds } }`, {}, u.id)).myRegistrations;
    expect(mine).toEqual([{ id: r.id, dietaryNeeds: "wegetariańska" }]);
  });

  it("treats an unknown or malformed training id as NOT_FOUND, never a 500", async () => {
    const u = await resident();
    expect(errorCode(await gql(db.ds, REGISTER, { id: "not-a-uuid" }, u.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, REGISTER, { id: "00000000-0000-4000-8000-000000000000" }, u.id))).toBe("NOT_FOUND");
    expect(ok(await gql(db.ds, TRAINING, { id: "nonsense" })).training).toBeNull();
  });
});

describe("cancelRegistration", () => {
  it("promotes the first waiting person in the same transaction and e-mails them", async () => {
    const id = await createTraining(db.ds, { capacity: 1 });
    const [a, b, c] = [await resident(), await resident(), await resident()];
    for (const u of [a, b, c]) ok(await gql(db.ds, REGISTER, { id }, u.id));
    const cancelled = ok(await gql(db.ds, CANCEL, { id }, a.id)).cancelRegistration;
    expect(cancelled.status).toBe("CANCELLED");
    const tb = ok(await gql(db.ds, TRAINING, { id }, b.id)).training;
    expect(tb.myRegistration).toMatchObject({ status: "CONFIRMED", waitlistPosition: null });
    expect(tb).toMatchObject({ confirmedCount: 1, waitlistCount: 1, seatsLeft: 0 });
    expect(ok(await gql(db.ds, TRAINING, { id }, c.id)).training.myRegistration).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: b.email, template: "trainings.promoted" })).toBe(true);
  });

  it("skips waiting people whose audience quota is full and promotes the first who fits", async () => {
    const id = await createTraining(db.ds, { capacity: 2, audience: ["OFFICIALS", "RESIDENTS"], officialsQuota: 1, residentsQuota: 1 });
    const o1 = await createUser(db.ds, { role: Role.OFFICIAL });
    const o2 = await createUser(db.ds, { role: Role.OFFICIAL });
    const r1 = await resident();
    const r2 = await resident();
    expect(ok(await gql(db.ds, REGISTER, { id }, o1.id)).registerForTraining.status).toBe("CONFIRMED");
    // The officials' quota is full although a seat is free.
    expect(ok(await gql(db.ds, REGISTER, { id }, o2.id)).registerForTraining.status).toBe("WAITLISTED");
    expect(ok(await gql(db.ds, REGISTER, { id }, r1.id)).registerForTraining.status).toBe("CONFIRMED");
    expect(ok(await gql(db.ds, REGISTER, { id }, r2.id)).registerForTraining).toMatchObject({ status: "WAITLISTED", waitlistPosition: 2 });
    // r1 leaves: the residents' seat goes to r2 although o2 waited longer (officials are full).
    ok(await gql(db.ds, CANCEL, { id }, r1.id));
    expect(ok(await gql(db.ds, TRAINING, { id }, r2.id)).training.myRegistration.status).toBe("CONFIRMED");
    expect(ok(await gql(db.ds, TRAINING, { id }, o2.id)).training.myRegistration).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
  });

  it("only ever acts on the caller's own registration", async () => {
    const id = await createTraining(db.ds);
    const owner = await resident();
    const other = await resident();
    const r = ok(await gql(db.ds, REGISTER, { id }, owner.id)).registerForTraining;
    expect(errorCode(await gql(db.ds, CANCEL, { id }, other.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { withdrawRegistration(id: $id) { id } }`, { id: r.id }, other.id))).toBe("FORBIDDEN");
    expect((await db.ds.getRepository(Registration).findOneByOrFail({ id: r.id })).status).toBe("CONFIRMED");
  });

  it("cancels by the e-mail's token without signing in", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    const r = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    const { cancelToken: stored } = await db.ds.getRepository(Registration).findOneByOrFail({ id: r.id });
    expect(errorCode(await gql(db.ds, BY_TOKEN, { t: "x".repeat(32) }))).toBe("NOT_FOUND");
    // What the database holds opens nothing: a copy of it cancels no one's seat.
    expect(errorCode(await gql(db.ds, BY_TOKEN, { t: stored }))).toBe("NOT_FOUND");
    expect(ok(await gql(db.ds, BY_TOKEN, { t: await linkToken(u.email, "trainings.confirmation") })).cancelRegistrationByToken).toEqual({ id: r.id, status: "CANCELLED" });
  });

  it("gives a person promoted from the waiting list a link of their own that cancels", async () => {
    const id = await createTraining(db.ds, { capacity: 1 });
    const [first, waiting] = [await resident(), await resident()];
    ok(await gql(db.ds, REGISTER, { id }, first.id));
    const r = ok(await gql(db.ds, REGISTER, { id }, waiting.id)).registerForTraining;
    expect(r.status).toBe("WAITLISTED");
    ok(await gql(db.ds, CANCEL, { id }, first.id));
    const promoted = await linkToken(waiting.email, "trainings.promoted");
    expect(promoted).not.toBe(await linkToken(waiting.email, "trainings.waitlisted"));
    expect(ok(await gql(db.ds, BY_TOKEN, { t: promoted })).cancelRegistrationByToken).toEqual({ id: r.id, status: "CANCELLED" });
  });

  it("still honours a link e-mailed before its token was stored hashed", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    const r = ok(await gql(db.ds, REGISTER, { id }, u.id)).registerForTraining;
    // As rows were before the migration: the token itself in the column.
    const old = "Ab_-".repeat(8);
    await db.ds.query(`UPDATE registrations SET cancel_token = $2 WHERE id = $1`, [r.id, old]);
    const runner = db.ds.createQueryRunner();
    try {
      await new RegistrationCancelTokenHashed1764101400000().up(runner);
    } finally {
      await runner.release();
    }
    const { cancelToken: stored } = await db.ds.getRepository(Registration).findOneByOrFail({ id: r.id });
    expect(stored).toBe(createHash("sha256").update(old, "utf8").digest("hex"));
    expect(ok(await gql(db.ds, BY_TOKEN, { t: old })).cancelRegistrationByToken).toEqual({ id: r.id, status: "CANCELLED" });
  });

  it("keeps registrations of a training that has started", async () => {
    const id = await createTraining(db.ds);
    const u = await resident();
    ok(await gql(db.ds, REGISTER, { id }, u.id));
    await setDates(db.ds, id, { startsAt: new Date(Date.now() - 3600_000), registrationDeadline: null });
    expect(errorCode(await gql(db.ds, CANCEL, { id }, u.id))).toBe("FORBIDDEN");
    expect(await liveCount(id)).toBe(1);
  });
});
