import { randomBytes } from "node:crypto";
import { Audience, Registration, RegistrationStatus, Training, TrainingMaterial } from "../../entities/trainings";
import type { User } from "../../entities/users";
import type { Actor, Fixtures, MatrixEntry } from "./matrix";
import { createUser } from "../factories";
import { idOf } from "./vars";
import { linkTokenHash } from "../../server/link-tokens";

/**
 * The trainings rows of the access matrix (tests/access/matrix.ts): spread into MATRIX,
 * run with every other row by tests/access/access-matrix.test.ts.
 */
const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];
const ORGANISERS: Actor[] = ["official", "admin"];
const DAY = 86_400_000;

const actorUser = (fx: Fixtures, actor: Actor): User | null =>
  actor === "anonymous"
    ? null
    : ({ resident: fx.resident, pesOwn: fx.pes, pesOther: fx.otherPes, official: fx.official, admin: fx.admin } as const)[actor];

async function training(fx: Fixtures, past = false): Promise<Training> {
  const start = Date.now() + (past ? -2 : 10) * DAY;
  return fx.ds.getRepository(Training).save(
    fx.ds.getRepository(Training).create({
      title: "Szkolenie z macierzy dostępu",
      venue: "Urząd Miasta Torunia",
      startsAt: new Date(start),
      endsAt: new Date(start + 3600_000),
      capacity: 10,
      audience: [Audience.OFFICIALS, Audience.PES, Audience.RESIDENTS],
    }),
  );
}

async function material(fx: Fixtures, isPublic: boolean): Promise<TrainingMaterial> {
  const t = await training(fx);
  const repo = fx.ds.getRepository(TrainingMaterial);
  return repo.save(repo.create({ trainingId: t.id, title: "Prezentacja", linkUrl: "https://example.org/slajdy", public: isPublic }));
}

/** A registration, with the token of its links (`token`): the row holds only its hash. */
async function registration(fx: Fixtures, t: Training, user: User, attended = false): Promise<Registration & { token: string }> {
  const token = randomBytes(24).toString("base64url");
  const saved = await fx.ds.getRepository(Registration).save(
    fx.ds.getRepository(Registration).create({
      trainingId: t.id,
      userId: user.id,
      status: RegistrationStatus.CONFIRMED,
      audience: Audience.RESIDENTS,
      answers: {},
      cancelToken: linkTokenHash(token),
      checkInCode: randomBytes(4).toString("hex").toUpperCase(),
      attendedAt: attended ? new Date() : null,
    }),
  );
  return Object.assign(saved, { token });
}

const INPUT = {
  title: "Nowe szkolenie",
  venue: "Urząd Miasta Torunia",
  startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 20 * DAY + 3600_000).toISOString(),
  capacity: 5,
  audience: ["PES"],
};

export const TRAININGS_MATRIX: MatrixEntry[] = [
  { op: "Query.trainings", doc: `{ trainings { totalCount edges { node { id seatsLeft } } } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.training", doc: `query($id: ID!) { training(id: $id) { id seatsLeft } }`, vars: idOf(training), allow: "everyone" },
  { op: "Query.trainingIcs", doc: `query($id: ID!) { trainingIcs(id: $id) }`, vars: idOf(training), allow: "everyone" },
  { op: "Query.upcomingTrainingsIcs", doc: `{ upcomingTrainingsIcs }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.trainingFigures", doc: `{ trainingFigures { peopleTrained } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.myRegistrations", doc: `{ myRegistrations { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.myRegistrations },
  {
    op: "Query.myTrainingCertificate",
    doc: `query($id: ID!) { myTrainingCertificate(trainingId: $id) }`,
    vars: async (fx, actor) => {
      const t = await training(fx, true);
      const u = actorUser(fx, actor);
      if (u) await registration(fx, t, u, true);
      return { id: t.id };
    },
    allow: SIGNED_IN,
  },
  {
    op: "Query.trainingRegistrations",
    doc: `query($id: ID!) { trainingRegistrations(trainingId: $id) { id user { email } } }`,
    vars: async (fx) => {
      const t = await training(fx);
      await registration(fx, t, await createUser(fx.ds));
      return { id: t.id };
    },
    allow: ORGANISERS,
    deniedData: (d) => d?.trainingRegistrations,
  },
  { op: "Mutation.createTraining", doc: `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`, vars: () => ({ input: INPUT }), allow: ORGANISERS },
  {
    op: "Mutation.updateTraining",
    doc: `mutation($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }`,
    vars: idOf(training, { input: INPUT }),
    allow: ORGANISERS,
  },
  { op: "Mutation.cancelTraining", doc: `mutation($id: ID!) { cancelTraining(id: $id) { id } }`, vars: idOf(training), allow: ORGANISERS },
  {
    op: "Mutation.emailTrainingRegistrants",
    doc: `mutation($id: ID!) { emailTrainingRegistrants(trainingId: $id, subject: "Przypomnienie", body: "Do zobaczenia") }`,
    vars: idOf(training),
    allow: ORGANISERS,
  },
  {
    op: "Mutation.markAttendance",
    doc: `mutation($id: ID!) { markAttendance(registrationId: $id, attended: true) { id } }`,
    vars: async (fx) => ({ id: (await registration(fx, await training(fx, true), await createUser(fx.ds))).id }),
    allow: ORGANISERS,
  },
  {
    op: "Mutation.checkInByCode",
    doc: `mutation($id: ID!, $code: String!) { checkInByCode(trainingId: $id, code: $code) { id } }`,
    vars: async (fx) => {
      const t = await training(fx, true);
      const r = await registration(fx, t, await createUser(fx.ds));
      return { id: t.id, code: r.checkInCode };
    },
    allow: ORGANISERS,
  },
  { op: "Mutation.registerForTraining", doc: `mutation($id: ID!) { registerForTraining(trainingId: $id) { id status } }`, vars: idOf(training), allow: SIGNED_IN },
  {
    op: "Mutation.cancelRegistration",
    doc: `mutation($id: ID!) { cancelRegistration(trainingId: $id) { id status } }`,
    vars: async (fx, actor) => {
      const t = await training(fx);
      const u = actorUser(fx, actor);
      if (u) await registration(fx, t, u);
      return { id: t.id };
    },
    allow: SIGNED_IN,
  },
  {
    op: "Mutation.withdrawRegistration",
    doc: `mutation($id: ID!) { withdrawRegistration(id: $id) { id status } }`,
    // Someone else's registration: only organisers may withdraw it.
    vars: async (fx) => ({ id: (await registration(fx, await training(fx), await createUser(fx.ds))).id }),
    allow: ORGANISERS,
  },
  {
    op: "Mutation.cancelRegistrationByToken",
    doc: `mutation($t: String!) { cancelRegistrationByToken(token: $t) { id status } }`,
    vars: async (fx) => ({ t: (await registration(fx, await training(fx), await createUser(fx.ds))).token }),
    allow: "everyone",
  },
  {
    op: "Mutation.setTrainingQuestions",
    doc: `mutation($id: ID!) { setTrainingQuestions(trainingId: $id, questions: [{ type: YES_NO, label: "Parking?", required: true }]) { id questions { id } } }`,
    vars: idOf(training),
    allow: ORGANISERS,
  },
  {
    op: "Mutation.inviteToTraining",
    doc: `mutation($id: ID!, $e: String!) { inviteToTraining(trainingId: $id, input: { emails: [$e] }) { invited skipped } }`,
    vars: async (fx) => ({ id: (await training(fx)).id, e: `zaproszony-${randomBytes(4).toString("hex")}@example.org` }),
    allow: ORGANISERS,
  },
  { op: "Query.trainingInvitations", doc: `query($id: ID!) { trainingInvitations(trainingId: $id) { email } }`, vars: idOf(training), allow: ORGANISERS },
  {
    op: "Mutation.registerGroupForTraining",
    doc: `mutation($id: ID!, $e: String!) { registerGroupForTraining(trainingId: $id, attendees: [{ name: "Anna Kowalska", email: $e }]) { id status } }`,
    vars: async (fx) => ({ id: (await training(fx)).id, e: `kolega-${randomBytes(4).toString("hex")}@example.org` }),
    // Only members of a verified organisation register colleagues.
    allow: ["pesOwn", "pesOther"],
  },
  {
    op: "Mutation.addTrainingMaterial",
    doc: `mutation($id: ID!) { addTrainingMaterial(trainingId: $id, input: { title: "Slajdy", url: "https://example.org/s", public: true }) { id url } }`,
    vars: idOf(training),
    allow: ORGANISERS,
  },
  {
    op: "Mutation.deleteTrainingMaterial",
    doc: `mutation($id: ID!) { deleteTrainingMaterial(id: $id) }`,
    vars: async (fx) => ({ id: (await material(fx, true)).id }),
    allow: ORGANISERS,
  },
  {
    op: "Query.trainingMaterial",
    doc: `query($id: ID!) { trainingMaterial(id: $id) { id url } }`,
    vars: async (fx) => ({ id: (await material(fx, true)).id }),
    allow: "everyone",
  },
  {
    op: "Query.trainingFeedbackSummary",
    doc: `query($id: ID!) { trainingFeedbackSummary(trainingId: $id) { responses averageRating } }`,
    vars: async (fx) => ({ id: (await training(fx, true)).id }),
    allow: ORGANISERS,
    deniedData: (d) => d?.trainingFeedbackSummary,
  },
  {
    op: "Query.trainingFeedbackForm",
    doc: `query($t: String!) { trainingFeedbackForm(token: $t) { given attended } }`,
    vars: async (fx) => ({ t: (await registration(fx, await training(fx, true), await createUser(fx.ds), true)).token }),
    allow: "everyone",
  },
  {
    op: "Mutation.submitTrainingFeedback",
    doc: `mutation($t: String!) { submitTrainingFeedback(token: $t, input: { rating: 4, useful: "Przykłady" }) }`,
    // The link stands for a checked-in attendee of an ended training: whoever holds it answers.
    vars: async (fx) => ({ t: (await registration(fx, await training(fx, true), await createUser(fx.ds), true)).token }),
    allow: "everyone",
  },
];
