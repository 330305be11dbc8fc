import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { MailMessage } from "../../../entities/system";
import { Registration } from "../../../entities/trainings";
import { Role, type User } from "../../../entities/users";
import { sendFeedbackSurveys } from "../../../server/modules/trainings/trainings.feedback";
import { MAX_MATERIALS } from "../../../server/modules/trainings/trainings.materials";
import { createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { newFileKey } from "../../../server/storage/photos";
import { DAY, createTraining, setDates } from "./helpers";

/**
 * The organiser's own questions (answers checked on the server against the definition),
 * group registration (each colleague a person with their own seat and e-mail, managed by
 * the registrant) and the anonymous feedback survey, read back from the database.
 */
let db: TestDb;
let official: User;
let pes: User;
beforeAll(async () => {
  db = await createTestDb();
  official = await createUser(db.ds, { role: Role.OFFICIAL });
  pes = (await createPesMember(db.ds)).user;
});
afterAll(() => db.drop());

const SET_QUESTIONS = `mutation($id: ID!, $q: [TrainingQuestionInput!]!) {
  setTrainingQuestions(trainingId: $id, questions: $q) { id questions { id type label required options } } }`;
const REGISTER = `mutation($id: ID!, $answers: RegistrationAnswersInput) {
  registerForTraining(trainingId: $id, answers: $answers) { id status questionAnswers { questionId display } } }`;
const GROUP = `mutation($id: ID!, $a: [GroupAttendeeInput!]!) {
  registerGroupForTraining(trainingId: $id, attendees: $a) { id status attendeeName attendeeEmail checkInCode } }`;

async function withQuestions() {
  const id = await createTraining(db.ds, { audience: ["PES", "RESIDENTS"] });
  const q = ok(
    await gql(db.ds, SET_QUESTIONS, {
      id,
      q: [
        { type: "SHORT_TEXT", label: "Stanowisko", required: true },
        { type: "ONE_CHOICE", label: "Sesja", required: true, options: ["Rano", "Po południu"] },
        { type: "MANY_CHOICES", label: "Tematy", options: ["Klauzule", "Zamówienia", "Lokale"] },
        { type: "YES_NO", label: "Parking", help: "Przy urzędzie" },
        { type: "LONG_TEXT", label: "Uwagi" },
      ],
    }, official.id),
  ).setTrainingQuestions.questions as { id: string; type: string }[];
  return { id, q };
}

describe("organisers' questions", () => {
  it("only organisers define them, and a bad definition is refused with field paths", async () => {
    const id = await createTraining(db.ds);
    expect(errorCode(await gql(db.ds, SET_QUESTIONS, { id, q: [] }, pes.id))).toBe("FORBIDDEN");
    const bad = await gql(db.ds, SET_QUESTIONS, { id, q: [{ type: "ONE_CHOICE", label: "Sesja", options: ["Jedna"] }, { type: "YES_NO", label: "", options: ["x"] }] }, official.id);
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.fields).toEqual({ "questions.0.options": "2 to 20 options", "questions.1.label": "1 to 300 characters", "questions.1.options": "Only choice questions have options" });
  });

  it("checks answers against the definition on the server", async () => {
    const { id, q } = await withQuestions();
    const [role, session, topics, parking] = q.map((x) => x.id);
    const missing = await gql(db.ds, REGISTER, { id }, pes.id);
    expect(errorCode(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors![0].extensions!.fields).toEqual({ [`answers.questions.${role}`]: "Required", [`answers.questions.${session}`]: "Required" });
    const wrong = await gql(db.ds, REGISTER, {
      id,
      answers: { questions: [
        { questionId: role, choices: ["Rano"] },
        { questionId: session, choices: ["Wieczorem"] },
        { questionId: topics, choices: ["Klauzule", "Klauzule"] },
        { questionId: parking, text: "tak" },
        { questionId: "nieznane", text: "x" },
      ] },
    }, pes.id);
    expect(wrong.errors![0].extensions!.fields).toEqual({
      [`answers.questions.${role}`]: "Expected a text",
      [`answers.questions.${session}`]: "Not one of the options",
      [`answers.questions.${topics}`]: "An option chosen twice",
      [`answers.questions.${parking}`]: "Expected yes or no",
      "answers.questions.4": "Unknown question",
    });
    expect(await db.ds.getRepository(Registration).countBy({ trainingId: id })).toBe(0);
    const r = ok(await gql(db.ds, REGISTER, {
      id,
      answers: { questions: [
        { questionId: role, text: "  Prezeska  " },
        { questionId: session, choices: ["Rano"] },
        { questionId: topics, choices: ["Klauzule", "Lokale"] },
        { questionId: parking, yes: false },
      ] },
    }, pes.id)).registerForTraining;
    expect(r.questionAnswers).toEqual([
      { questionId: role, display: "Prezeska" },
      { questionId: session, display: "Rano" },
      { questionId: topics, display: "Klauzule; Lokale" },
      { questionId: parking, display: "no" },
    ]);
    const stored = await db.ds.getRepository(Registration).findOneByOrFail({ id: r.id });
    expect(stored.answers.questions).toEqual({ [role]: "Prezeska", [session]: "Rano", [topics]: ["Klauzule", "Lokale"], [parking]: false });
    // The organiser reads them (the export uses the same field); another member does not.
    const list = ok(await gql(db.ds, `query($id: ID!) { trainingRegistrations(trainingId: $id) { questionAnswers { display } } }`, { id }, official.id));
    expect(list.trainingRegistrations[0].questionAnswers).toHaveLength(4);
  });

  it("registerForTraining without answers keeps working when nothing is required", async () => {
    const id = await createTraining(db.ds);
    expect(ok(await gql(db.ds, `mutation($id: ID!) { registerForTraining(trainingId: $id) { status } }`, { id }, pes.id)).registerForTraining.status).toBe("CONFIRMED");
  });
});

describe("group registration", () => {
  it("registers colleagues as people with their own seats, codes and e-mails; the registrant manages them", async () => {
    const { id, q } = await withQuestions();
    const answers = { questions: [{ questionId: q[0].id, text: "Księgowa" }, { questionId: q[1].id, choices: ["Rano"] }] };
    const bad = await gql(db.ds, GROUP, { id, a: [{ name: "Anna Nowak", email: "anna@example.org", answers: { questions: [] } }, { name: "Jan", email: "ANNA@example.org", answers }] }, pes.id);
    expect(bad.errors![0].extensions!.fields).toEqual({ "attendees.1.email": "Given twice" });
    const missing = await gql(db.ds, GROUP, { id, a: [{ name: "Anna Nowak", email: "anna@example.org" }] }, pes.id);
    expect(Object.keys(missing.errors![0].extensions!.fields ?? {})).toEqual([`attendees.0.answers.questions.${q[0].id}`, `attendees.0.answers.questions.${q[1].id}`]);
    const group = ok(await gql(db.ds, GROUP, {
      id,
      a: [{ name: "Anna Nowak", email: "Anna@Example.org", answers }, { name: "Jan Kowal", email: "jan@example.org", answers }],
    }, pes.id)).registerGroupForTraining;
    expect(group.map((r: { attendeeEmail: string; status: string }) => [r.attendeeEmail, r.status])).toEqual([["anna@example.org", "CONFIRMED"], ["jan@example.org", "CONFIRMED"]]);
    expect(new Set(group.map((r: { checkInCode: string }) => r.checkInCode)).size).toBe(2);
    // Each colleague gets their own confirmation with the calendar file and the QR code.
    for (const to of ["anna@example.org", "jan@example.org"]) {
      const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to, template: "trainings.confirmation" });
      expect(mail.attachments.map((a) => a.filename)).toEqual(["szkolenie.ics", "kod-wejscia.svg"]);
      expect(mail.text).toContain("/cancel?token=");
    }
    // Again for the same person: CONFLICT; and the seats count people.
    expect(errorCode(await gql(db.ds, GROUP, { id, a: [{ name: "Anna", email: "anna@example.org", answers }] }, pes.id))).toBe("CONFLICT");
    const t = ok(await gql(db.ds, `query($id: ID!) { training(id: $id) { confirmedCount myGroup { id attendeeName } myRegistration { id } } }`, { id }, pes.id)).training;
    expect(t.confirmedCount).toBe(2);
    expect(t.myGroup.map((r: { attendeeName: string }) => r.attendeeName)).toEqual(["Anna Nowak", "Jan Kowal"]);
    expect(t.myRegistration).toBeNull();
    // The registrant cancels one colleague; another member may not.
    const other = (await createPesMember(db.ds)).user;
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { withdrawRegistration(id: $id) { status } }`, { id: group[0].id }, other.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, `mutation($id: ID!) { withdrawRegistration(id: $id) { status } }`, { id: group[0].id }, pes.id)).withdrawRegistration.status).toBe("CANCELLED");
  });

  it("is for members of a verified organisation, and for trainings open to PES", async () => {
    const resident = await createUser(db.ds, { role: Role.RESIDENT });
    const id = await createTraining(db.ds, { audience: ["PES"] });
    expect(errorCode(await gql(db.ds, GROUP, { id, a: [{ name: "Anna Nowak", email: "a1@example.org" }] }, resident.id))).toBe("FORBIDDEN");
    const officials = await createTraining(db.ds, { audience: ["OFFICIALS"] });
    expect(errorCode(await gql(db.ds, GROUP, { id: officials, a: [{ name: "Anna Nowak", email: "a2@example.org" }] }, pes.id))).toBe("FORBIDDEN");
  });
});

describe("feedback", () => {
  const SUBMIT = `mutation($t: String!, $r: Int!) { submitTrainingFeedback(token: $t, input: { rating: $r, useful: "Przykłady", improve: "Więcej przerw" }) }`;

  it("the day after: checked-in attendees get the survey once, answer once, anonymously", async () => {
    const id = await createTraining(db.ds, { audience: ["PES", "RESIDENTS"] });
    const people = await Promise.all([0, 1, 2].map(() => createUser(db.ds, { role: Role.RESIDENT })));
    const regs = [];
    for (const p of people) regs.push(ok(await gql(db.ds, `mutation($id: ID!) { registerForTraining(trainingId: $id) { id } }`, { id }, p.id)).registerForTraining.id);
    const group = ok(await gql(db.ds, GROUP, { id, a: [{ name: "Ewa Gość", email: "ewa@example.org" }] }, pes.id)).registerGroupForTraining;
    await setDates(db.ds, id, { startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - 3 * DAY + 3600_000), registrationDeadline: null });
    // Checked in: the first two people and the colleague; the third did not come.
    for (const r of [regs[0], regs[1], group[0].id]) ok(await gql(db.ds, `mutation($id: ID!) { markAttendance(registrationId: $id, attended: true) { id } }`, { id: r }, official.id));

    // Two nodes at once, then again: one survey per checked-in attendee.
    const sent = await Promise.all([sendFeedbackSurveys(db.ds), sendFeedbackSurveys(db.ds)]);
    await sendFeedbackSurveys(db.ds);
    const mails = await db.ds.getRepository(MailMessage).findBy({ template: "trainings.feedback" });
    const mine = mails.filter((m) => [people[0].email, people[1].email, people[2].email, "ewa@example.org"].includes(m.to));
    expect(mine.map((m) => m.to).sort()).toEqual([people[0].email, people[1].email, "ewa@example.org"].sort());
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);

    // The tokens exist only in the e-mails: the survey's, or for the absent person the confirmation's.
    const token = async (to: string, template = "trainings.feedback") =>
      /token=([A-Za-z0-9_-]+)/.exec((await db.ds.getRepository(MailMessage).findOneByOrFail({ to, template })).text)![1];
    const first = await token(people[0].email);
    expect(errorCode(await gql(db.ds, SUBMIT, { t: await token(people[2].email, "trainings.confirmation"), r: 5 }))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, SUBMIT, { t: first, r: 6 }))).toBe("BAD_USER_INPUT");
    expect(ok(await gql(db.ds, SUBMIT, { t: first, r: 5 })).submitTrainingFeedback).toBe(true);
    expect(ok(await gql(db.ds, SUBMIT, { t: await token("ewa@example.org"), r: 2 })).submitTrainingFeedback).toBe(true);
    const twice = await Promise.all([gql(db.ds, SUBMIT, { t: first, r: 1 }), gql(db.ds, SUBMIT, { t: first, r: 1 })]);
    expect(twice.map(errorCode)).toEqual(["CONFLICT", "CONFLICT"]);

    // Anonymity, read from the database: the answers table has no column that names a
    // person, a registration or a time, and the "given" flags hold nothing but the registration.
    const cols = async (table: string) =>
      (await db.ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name`, [table])).map((c: { column_name: string }) => c.column_name);
    expect(await cols("training_feedback")).toEqual(["id", "improve", "rating", "training_id", "useful"]);
    expect(await cols("training_feedback_given")).toEqual(["registration_id"]);
    const answers = await db.ds.query(`SELECT rating FROM training_feedback WHERE training_id = $1 ORDER BY rating`, [id]);
    expect(answers).toEqual([{ rating: 2 }, { rating: 5 }]);
    const given = await db.ds.query(`SELECT g.registration_id FROM training_feedback_given g JOIN registrations r ON r.id = g.registration_id WHERE r.training_id = $1 ORDER BY 1`, [id]);
    expect(given.map((g: { registration_id: string }) => g.registration_id).sort()).toEqual([regs[0], group[0].id].sort());

    // The organiser sees the summary; the programme figures the average.
    const s = ok(await gql(db.ds, `query($id: ID!) { trainingFeedbackSummary(trainingId: $id) { responses averageRating ratingCounts useful improve } }`, { id }, official.id)).trainingFeedbackSummary;
    expect(s).toEqual({ responses: 2, averageRating: 3.5, ratingCounts: [0, 1, 0, 0, 1], useful: ["Przykłady", "Przykłady"], improve: ["Więcej przerw", "Więcej przerw"] });
    const f = ok(await gql(db.ds, `{ programmeFigures { trainingRatings { byTraining { trainingId averageRating responses } byYear { year responses } } } }`)).programmeFigures.trainingRatings;
    expect(f.byTraining.find((x: { trainingId: string }) => x.trainingId === id)).toEqual({ trainingId: id, averageRating: 3.5, responses: 2 });
    expect(f.byYear.length).toBeGreaterThan(0);
  });
});

describe("materials", () => {
  const ADD = `mutation($id: ID!, $input: TrainingMaterialInput!) { addTrainingMaterial(trainingId: $id, input: $input) { id url isFile public } }`;
  const LIST = `query($id: ID!) { training(id: $id) { materials { title } } }`;

  it("organisers attach links and files; the attendees-only ones stay hidden from others", async () => {
    const id = await createTraining(db.ds);
    expect(errorCode(await gql(db.ds, ADD, { id, input: { title: "Slajdy", url: "https://example.org/s", public: true } }, pes.id))).toBe("FORBIDDEN");
    ok(await gql(db.ds, ADD, { id, input: { title: "Program", url: "https://example.org/program", public: true } }, official.id));
    const hidden = ok(await gql(db.ds, ADD, { id, input: { title: "Nagranie", url: "https://example.org/nagranie" } }, official.id)).addTrainingMaterial;
    // Neither a link and a file at once, nor a file that was never uploaded.
    expect(errorCode(await gql(db.ds, ADD, { id, input: { title: "X", url: "https://example.org/x", key: "a".repeat(32) } }, official.id))).toBe("BAD_USER_INPUT");
    expect((await gql(db.ds, ADD, { id, input: { title: "X", key: "a".repeat(32) } }, official.id)).errors![0].extensions!.fields).toEqual({ key: "No such uploaded file" });

    const titles = async (userId?: string) => ok(await gql(db.ds, LIST, { id }, userId)).training.materials.map((m: { title: string }) => m.title);
    expect(await titles()).toEqual(["Program"]);
    expect(await titles(pes.id)).toEqual(["Program"]);
    expect(ok(await gql(db.ds, `query($id: ID!) { trainingMaterial(id: $id) { id } }`, { id: hidden.id }, pes.id)).trainingMaterial).toBeNull();
    ok(await gql(db.ds, `mutation($id: ID!) { registerForTraining(trainingId: $id) { id } }`, { id }, pes.id));
    expect(await titles(pes.id)).toEqual(["Program", "Nagranie"]);
    expect(await titles(official.id)).toEqual(["Program", "Nagranie"]);
  });

  it("the last free place taken by two materials at once goes to one: the other waits for it and is refused, never a material over the limit", async () => {
    const id = await createTraining(db.ds);
    const addLink = (q: { query: (sql: string, params: unknown[]) => Promise<unknown> }, title: string) =>
      q.query(`INSERT INTO training_materials (training_id, title, link_url) VALUES ($1, $2, 'https://example.org/m')`, [id, title]);
    for (let i = 1; i < MAX_MATERIALS; i++) await addLink(db.ds, `M${i}`);
    const answer = await afterOtherCommits(
      db.ds,
      (other) => addLink(other, "Another organiser's"),
      () => gql(db.ds, ADD, { id, input: { title: "Ostatni", url: "https://example.org/ostatni" } }, official.id),
    );
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { file: `At most ${MAX_MATERIALS} materials` } });
    expect((await db.ds.query(`SELECT count(*)::int AS n FROM training_materials WHERE training_id = $1`, [id]))[0].n).toBe(MAX_MATERIALS);
  });

  it("one uploaded file added twice at once (a double click) is stored once; the other is BAD_USER_INPUT on key", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "training-materials-"));
    useFileStorage("training-materials", new DiskFileStorage(dir));
    try {
      const id = await createTraining(db.ds);
      const key = newFileKey();
      await new DiskFileStorage(dir).put(key, Buffer.from("%PDF-1.4\n%%EOF\n"), "application/octet-stream");
      // The first is saved but not committed: the second waits on the training's lock, then
      // finds the key taken (else the unique index of file keys refuses it).
      const second = await afterOtherCommits(
        db.ds,
        (other) => other.query(`INSERT INTO training_materials (training_id, title, file_key, file_name) VALUES ($1, 'Slajdy', $2, 'slajdy.pdf')`, [id, key]),
        () => gql(db.ds, ADD, { id, input: { title: "Slajdy", key, fileName: "slajdy.pdf" } }, official.id),
      );
      expect(second.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { key: "Already registered" } });
      expect((await db.ds.query(`SELECT count(*)::int AS n FROM training_materials WHERE file_key = $1`, [key]))[0].n).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
