import { DemandQuestion, DemandSubscription } from "../../../entities/marketplace";
import { MailMessage } from "../../../entities/system";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { future, makeDemand, makeOffer, past } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const ASK = `mutation($id: ID!, $q: String!) { askDemandQuestion(demandId: $id, question: $q) { id question answer askedByViewer } }`;
const ANSWER = `mutation($id: ID!, $a: String!) { answerDemandQuestion(questionId: $id, answer: $a) { id answer answeredAt } }`;
const QUESTIONS = `query($id: ID!) { demand(id: $id) { questions { id question answer answeredAt createdAt askedByViewer } } }`;
const mails = (template: string) => db.ds.getRepository(MailMessage).findBy({ template });

describe("questions and answers", () => {
  it("publishes a verified PES member's question without anything that identifies the asker, to anyone who reads it", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const asker = await createPesMember(db.ds, await createOrganization(db.ds, { name: "Spółdzielnia Pytająca" }));
    const q = ok(await gql(db.ds, ASK, { id: demand.id, q: "Czy dopuszczają Państwo realizację etapami?" }, asker.user.id)).askDemandQuestion;
    expect(q).toMatchObject({ answer: null, askedByViewer: true });

    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const rival = await createPesMember(db.ds);
    for (const viewer of [undefined, official.id, admin.id, rival.user.id]) {
      const r = ok(await gql(db.ds, QUESTIONS, { id: demand.id }, viewer));
      expect(r.demand.questions).toHaveLength(1);
      expect(r.demand.questions[0].askedByViewer).toBe(false);
      const text = JSON.stringify(r);
      for (const secret of [asker.user.id, asker.user.email, asker.user.name, asker.organization.id, asker.organization.name]) {
        expect(text).not.toContain(secret);
      }
    }
    // The type itself has no field that could name the asker.
    const type = ok(await gql(db.ds, `{ __type(name: "DemandQuestion") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(type.sort()).toEqual(["answer", "answeredAt", "askedByViewer", "createdAt", "id", "question"]);
    // Nor does the e-mail to the official.
    const [toOfficial] = (await mails("marketplace.demand-question")).filter((m) => m.to === official.email.toLowerCase());
    expect(toOfficial.text).not.toContain(asker.organization.name);
  });

  it("refuses questions after the deadline, from unverified organisations and from non-PES, changing nothing", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const closed = await makeDemand(db.ds, official, past());
    const open = await makeDemand(db.ds, official, future());
    const pes = await createPesMember(db.ds);
    const unverified = await createPesMember(db.ds, await createOrganization(db.ds, { verified: false, verifiedAt: null }));
    const resident = await createUser(db.ds);
    const before = await db.ds.getRepository(DemandQuestion).count();
    expect(errorCode(await gql(db.ds, ASK, { id: closed.id, q: "Czy można później?" }, pes.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ASK, { id: open.id, q: "Czy można później?" }, unverified.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ASK, { id: open.id, q: "Czy można później?" }, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ASK, { id: open.id, q: "Czy można później?" }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, ASK, { id: open.id, q: "  ?  " }, pes.user.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, ASK, { id: "00000000-0000-4000-8000-000000000000", q: "Czy można później?" }, pes.user.id))).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(DemandQuestion).count()).toBe(before);
  });

  it("lets only the posting official or an admin answer, once; the answer is e-mailed once to offerers, followers of the category and the asker", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const otherOfficial = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future(), { category: "Sprzątanie" });
    const asker = await createPesMember(db.ds);
    const bidder = await createPesMember(db.ds);
    await makeOffer(db.ds, demand.id, bidder.organization.id, bidder.user, 1200);
    const follower = await createPesMember(db.ds);
    await db.ds.getRepository(DemandSubscription).insert({ userId: follower.user.id, category: "Sprzątanie" });
    const bystander = await createPesMember(db.ds);

    const q = ok(await gql(db.ds, ASK, { id: demand.id, q: "Jaka jest powierzchnia biura?" }, asker.user.id)).askDemandQuestion;
    expect(errorCode(await gql(db.ds, ANSWER, { id: q.id, a: "120 m²" }, otherOfficial.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ANSWER, { id: q.id, a: "120 m²" }, bidder.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ANSWER, { id: q.id, a: "   " }, official.id))).toBe("BAD_USER_INPUT");
    expect(ok(await gql(db.ds, ANSWER, { id: q.id, a: "120 m²" }, official.id)).answerDemandQuestion.answer).toBe("120 m²");
    expect(errorCode(await gql(db.ds, ANSWER, { id: q.id, a: "Jednak 130 m²" }, official.id))).toBe("CONFLICT");

    const sent = (await mails("marketplace.demand-answer")).filter((m) => m.text.includes(demand.id));
    const to = sent.map((m) => m.to).sort();
    expect(to).toEqual(
      [bidder.user.email, bidder.organization.email, follower.user.email, asker.user.email].filter((e): e is string => !!e).map((e) => e.toLowerCase()).sort(),
    );
    expect(to).not.toContain(bystander.user.email.toLowerCase());
    expect(sent[0].text).toContain("120 m²");
    expect(ok(await gql(db.ds, QUESTIONS, { id: demand.id })).demand.questions[0]).toMatchObject({ answer: "120 m²" });
  });
});
