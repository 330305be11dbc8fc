import { Premises } from "../../../entities/premises";
import { runPremisesAlerts } from "../../../server/modules/premises/premises.alerts";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { day, future, makeDemand, makeNotice } from "../marketplace/marketplace-helpers";

let db: TestDb;
let official: User;
beforeAll(async () => {
  db = await createTestDb();
  official = await createUser(db.ds, { role: Role.OFFICIAL, name: "Anna Urzędniczka" });
});
afterAll(() => db.drop());

const listed = async (userId: string): Promise<{ kind: string; title: string; link: string }[]> =>
  ok(await gql(db.ds, `{ notifications(first: 10) { edges { node { kind title link } } } }`, {}, userId)).notifications.edges.map(
    (e: { node: { kind: string; title: string; link: string } }) => e.node,
  );
const mailed = async (to: string, template: string): Promise<number> =>
  Number((await db.ds.query(`SELECT count(*) AS n FROM mail_messages WHERE "to" = $1 AND template = $2`, [to.toLowerCase(), template]))[0].n);
const prefer = (userId: string, kind: string, delivery: string) =>
  gql(db.ds, `mutation { setNotificationPreference(input: { kind: ${kind}, delivery: ${delivery} }) { kind } }`, {}, userId).then(ok);

describe("events routed through the notification centre", () => {
  it("an enquiry reply is listed for the enquirer and e-mailed by their preference, with the official as Reply-To", async () => {
    const { user: pes } = await createPesMember(db.ds);
    const repo = db.ds.getRepository(Premises);
    const pid = (await repo.save(repo.create({ address: "ul. Szeroka 12", district: "Stare Miasto", areaM2: 60, monthlyRent: 1800, ownerId: official.id }))).id;
    const send = async () => ok(await gql(db.ds, `mutation($id: ID!) { sendPremisesEnquiry(premisesId: $id, message: "Dzień dobry, czy lokal jest wolny?") { id } }`, { id: pid }, pes.id)).sendPremisesEnquiry.id;
    const reply = async (id: string) => ok(await gql(db.ds, `mutation($id: ID!) { replyToPremisesEnquiry(id: $id, message: "Tak, zapraszamy.") { id } }`, { id }, official.id));
    await reply(await send());
    expect(await listed(pes.id)).toEqual([{ kind: "ENQUIRY_REPLY", title: "Odpowiedź w sprawie lokalu: ul. Szeroka 12", link: "/account/activity" }]);
    expect(await mailed(pes.email, "premises.enquiry.reply")).toBe(1);
    const [{ headers }] = await db.ds.query(`SELECT headers FROM mail_messages WHERE "to" = $1 AND template = 'premises.enquiry.reply'`, [pes.email.toLowerCase()]);
    expect(headers["Reply-To"]).toBe(official.email);
    await prefer(pes.id, "ENQUIRY_REPLY", "WEEKLY");
    await reply(await send());
    expect(await listed(pes.id)).toHaveLength(2);
    expect(await mailed(pes.email, "premises.enquiry.reply")).toBe(1);
  });

  it("an enquiry reply is written in the enquirer's language only, not with an English line under the Polish", async () => {
    const { user: pes } = await createPesMember(db.ds);
    const { user: reader } = await createPesMember(db.ds);
    await db.ds.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [reader.id]);
    const repo = db.ds.getRepository(Premises);
    const pid = (await repo.save(repo.create({ address: "ul. Wąska 5", district: "Stare Miasto", areaM2: 40, monthlyRent: 900, ownerId: official.id }))).id;
    for (const who of [pes, reader]) {
      const id = ok(await gql(db.ds, `mutation($id: ID!) { sendPremisesEnquiry(premisesId: $id, message: "Czy lokal jest wolny?") { id } }`, { id: pid }, who.id)).sendPremisesEnquiry.id;
      ok(await gql(db.ds, `mutation($id: ID!) { replyToPremisesEnquiry(id: $id, message: "Tak.") { id } }`, { id }, official.id));
    }
    const body = async (userId: string): Promise<string> =>
      ok(await gql(db.ds, `{ notifications(first: 1) { edges { node { body } } } }`, {}, userId)).notifications.edges[0].node.body;
    const polish = await body(pes.id);
    expect(polish).toMatch(/^Odpowiedź urzędu na Twoje zapytanie o lokal ul\. Wąska 5/);
    expect(polish).not.toMatch(/\(EN\)|replied/);
    const english = await body(reader.id);
    expect(english).toMatch(/^The city office replied to your enquiry about premises ul\. Wąska 5/);
    expect(english).toContain("Tak.");
    expect(english).not.toMatch(/Odpowiedź|Twoje zapytanie/);
  });

  it("a booking request is listed for the notice's poster; the organisation's own address is e-mailed as before", async () => {
    const { user: owner, organization } = await createPesMember(db.ds);
    const notice = await makeNotice(db.ds, { userId: owner.id, organizationId: organization.id });
    const borrower = await createUser(db.ds);
    await prefer(owner.id, "BOOKING_REQUEST", "NEVER");
    ok(await gql(db.ds, `mutation($id: ID!, $f: Date!, $t: Date!) { requestBooking(noticeId: $id, from: $f, to: $t) { id } }`, { id: notice.id, f: day(3), t: day(4) }, borrower.id));
    expect((await listed(owner.id)).map((n) => n.kind)).toEqual(["BOOKING_REQUEST"]);
    expect(await mailed(owner.email, "marketplace.booking-requested")).toBe(0);
    if (organization.email) expect(await mailed(organization.email, "marketplace.booking-requested")).toBe(1);
  });

  it("new premises matching a saved search are listed for its owner and e-mailed by their preference", async () => {
    const u = await createUser(db.ds);
    ok(await gql(db.ds, `mutation { savePremisesSearch(name: "Stare Miasto", filter: { districts: ["Stare Miasto"] }) { id } }`, {}, u.id));
    await db.ds.query(`UPDATE premises_saved_searches SET last_checked_at = now() - interval '1 hour' WHERE user_id = $1`, [u.id]);
    const repo = db.ds.getRepository(Premises);
    const p = await repo.save(repo.create({ address: "ul. Rabiańska 3", district: "Stare Miasto", areaM2: 40, monthlyRent: 900, ownerId: official.id }));
    await db.ds.query(`UPDATE premises SET updated_at = now() - interval '30 minutes' WHERE id = $1`, [p.id]);
    await runPremisesAlerts(db.ds);
    expect((await listed(u.id)).map((n) => n.kind)).toEqual(["SAVED_SEARCH_MATCH"]);
    expect(await mailed(u.email, "premises.alert.digest")).toBe(1);
    // In the person's language only: no English line under the Polish list.
    const [{ body }] = await db.ds.query(`SELECT body FROM notifications WHERE user_id = $1`, [u.id]);
    expect(body).toMatch(/^Nowe lub zmienione lokale dla zapisanego wyszukiwania „Stare Miasto”: 1\./);
    expect(body).toContain("ul. Rabiańska 3");
    expect(body).not.toMatch(/\(EN\)|Unsubscribe/);
  });

  it("the answer to a demand question is listed for the asker, who gets one e-mail", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const asker = await createPesMember(db.ds);
    const q = ok(await gql(db.ds, `mutation($id: ID!) { askDemandQuestion(demandId: $id, question: "Czy można etapami?") { id } }`, { id: demand.id }, asker.user.id)).askDemandQuestion;
    ok(await gql(db.ds, `mutation($id: ID!) { answerDemandQuestion(questionId: $id, answer: "Tak, można.") { id } }`, { id: q.id }, official.id));
    expect((await listed(asker.user.id)).map((n) => n.kind)).toEqual(["DEMAND_QUESTION_ANSWER"]);
    expect(await mailed(asker.user.email, "marketplace.demand-answer")).toBe(1);
  });
});
