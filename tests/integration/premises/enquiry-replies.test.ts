import { EnquiryStatus, Premises, PremisesEnquiry } from "../../../entities/premises";
import { MailMessage } from "../../../entities/system";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";

let db: TestDb;
let official: User, otherOfficial: User, admin: User, resident: User, pes: User, otherPes: User;
beforeAll(async () => {
  db = await createTestDb();
  official = await createUser(db.ds, { role: Role.OFFICIAL, name: "Anna Urzędniczka" });
  otherOfficial = await createUser(db.ds, { role: Role.OFFICIAL });
  admin = await createUser(db.ds, { role: Role.ADMIN });
  resident = await createUser(db.ds, { role: Role.RESIDENT });
  pes = (await createPesMember(db.ds)).user;
  otherPes = (await createPesMember(db.ds)).user;
});
afterAll(() => db.drop());

const MESSAGE = "Dzień dobry, chcemy prowadzić tu kawiarnię spółdzielni socjalnej.";
const REPLY_TEXT = "Zapraszamy na oglądanie we wtorek o 10:00, ul. Grudziądzka 126b.";
const SEND = `mutation($id: ID!, $m: String!) { sendPremisesEnquiry(premisesId: $id, message: $m) { id status } }`;
const REPLY = `mutation($id: ID!, $m: String!) { replyToPremisesEnquiry(id: $id, message: $m) { id status reply repliedAt repliedByName } }`;
const HANDLED = `mutation($id: ID!) { markPremisesEnquiryHandled(id: $id) { id status handledAt } }`;
const MINE = `query($pid: ID) { myPremisesEnquiries(premisesId: $pid) { id status message reply repliedAt createdAt premises { id address } } }`;
const RECIPIENT = `query($id: ID!) { premises(id: $id) { enquiryRecipient contactName } }`;

async function premises(attrs: Partial<Premises> = {}): Promise<string> {
  const repo = db.ds.getRepository(Premises);
  return (await repo.save(repo.create({ address: "ul. Szeroka 12", district: "Stare Miasto", areaM2: 60, monthlyRent: 1800, ownerId: official.id, ...attrs }))).id;
}
async function enquiry(by = pes, premisesId?: string): Promise<{ id: string; premisesId: string }> {
  const pid = premisesId ?? (await premises());
  return { id: ok(await gql(db.ds, SEND, { id: pid, m: MESSAGE }, by.id)).sendPremisesEnquiry.id, premisesId: pid };
}
const snapshot = async (id: string) => JSON.stringify(await db.ds.getRepository(PremisesEnquiry).findOneBy({ id }));

describe("replyToPremisesEnquiry", () => {
  it("stores the official's reply, marks the enquiry ANSWERED and queues the reply e-mail to the enquirer", async () => {
    const e = await enquiry();
    const r = ok(await gql(db.ds, REPLY, { id: e.id, m: `  ${REPLY_TEXT}  ` }, official.id)).replyToPremisesEnquiry;
    expect(r).toMatchObject({ status: "ANSWERED", reply: REPLY_TEXT, repliedByName: "Anna Urzędniczka" });
    expect(r.repliedAt).toBeTruthy();
    const mail = await db.ds.getRepository(MailMessage).findOneBy({ to: pes.email, template: "premises.enquiry.reply" });
    expect(mail?.text).toContain(REPLY_TEXT);
    expect(mail?.text).toContain("/account/activity");
  });

  it("lets an admin reply to any enquiry, including premises without an official", async () => {
    const e = await enquiry(pes, await premises({ ownerId: null, contactEmail: "zgm@example.org" }));
    expect(ok(await gql(db.ds, REPLY, { id: e.id, m: REPLY_TEXT }, admin.id)).replyToPremisesEnquiry.status).toBe("ANSWERED");
  });

  it.each([
    ["anonymous", () => null, "UNAUTHENTICATED"],
    ["the enquirer", () => pes.id, "FORBIDDEN"],
    ["a resident", () => resident.id, "FORBIDDEN"],
    ["an official not in charge of the premises", () => otherOfficial.id, "FORBIDDEN"],
  ])("refuses %s and changes nothing, sends nothing", async (_w, uid, code) => {
    const e = await enquiry(otherPes);
    const before = await snapshot(e.id);
    const mails = await db.ds.getRepository(MailMessage).countBy({ template: "premises.enquiry.reply" });
    expect(errorCode(await gql(db.ds, REPLY, { id: e.id, m: REPLY_TEXT }, uid()))).toBe(code);
    expect(await snapshot(e.id)).toBe(before);
    expect(await db.ds.getRepository(MailMessage).countBy({ template: "premises.enquiry.reply" })).toBe(mails);
  });

  it("refuses an empty or too long reply naming `message`, an unknown id with NOT_FOUND, and a closed enquiry with CONFLICT", async () => {
    const e = await enquiry(otherPes);
    for (const m of ["  ", "x".repeat(3001)]) {
      const r = await gql(db.ds, REPLY, { id: e.id, m }, official.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0].extensions!.fields).toHaveProperty("message");
    }
    expect(errorCode(await gql(db.ds, REPLY, { id: "00000000-0000-4000-8000-000000000000", m: REPLY_TEXT }, official.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, REPLY, { id: "nonsense", m: REPLY_TEXT }, official.id))).toBe("NOT_FOUND");
    ok(await gql(db.ds, HANDLED, { id: e.id }, official.id));
    const before = await snapshot(e.id);
    expect(errorCode(await gql(db.ds, REPLY, { id: e.id, m: REPLY_TEXT }, official.id))).toBe("CONFLICT");
    expect(await snapshot(e.id)).toBe(before);
  });
});

/**
 * Deleting an account locks the person, then deletes their enquiries. A reply locked the
 * enquiry first and reached the person only with their notification: each waited for the
 * other, and PostgreSQL broke the cycle with an error (a 500 for the official, or for the
 * person deleting their account). The reply now takes the enquirer first.
 */
describe("a reply while the enquirer deletes their account", () => {
  it("waits without holding the enquiry, then finds it gone (NOT_FOUND)", async () => {
    const enquirer = (await createPesMember(db.ds)).user;
    const e = await enquiry(enquirer);
    const answer = await afterOtherCommits(
      db.ds,
      // What deleteMyAccount locks first…
      (other) => other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [enquirer.id]),
      () => gql(db.ds, REPLY, { id: e.id, m: REPLY_TEXT }, official.id),
      async (other) => {
        // …and then: the enquiry is free (NOWAIT fails if the reply holds it), and goes.
        await other.query(`SELECT id FROM premises_enquiries WHERE id = $1 FOR UPDATE NOWAIT`, [e.id]);
        await other.query(`DELETE FROM premises_enquiries WHERE user_id = $1`, [enquirer.id]);
        await other.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [enquirer.id]);
      },
    );
    expect(errorCode(answer)).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(MailMessage).countBy({ to: enquirer.email, template: "premises.enquiry.reply" })).toBe(0);
  });
});

describe("markPremisesEnquiryHandled", () => {
  it("closes an enquiry for the official in charge; again changes nothing", async () => {
    const e = await enquiry(otherPes);
    const r = ok(await gql(db.ds, HANDLED, { id: e.id }, official.id)).markPremisesEnquiryHandled;
    expect(r.status).toBe("HANDLED");
    const again = ok(await gql(db.ds, HANDLED, { id: e.id }, official.id)).markPremisesEnquiryHandled;
    expect(String(again.handledAt)).toBe(String(r.handledAt));
  });

  it("is refused to other officials and to the enquirer", async () => {
    const e = await enquiry(otherPes);
    expect(errorCode(await gql(db.ds, HANDLED, { id: e.id }, otherOfficial.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, HANDLED, { id: e.id }, otherPes.id))).toBe("FORBIDDEN");
    expect((await db.ds.getRepository(PremisesEnquiry).findOneByOrFail({ id: e.id })).status).toBe(EnquiryStatus.NEW);
  });
});

describe("myPremisesEnquiries and duplicates", () => {
  it("shows the enquirer their own enquiries with state and reply — and nobody else's", async () => {
    const sender = (await createPesMember(db.ds)).user;
    const e = await enquiry(sender);
    ok(await gql(db.ds, REPLY, { id: e.id, m: REPLY_TEXT }, official.id));
    const mine = ok(await gql(db.ds, MINE, {}, sender.id)).myPremisesEnquiries;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: e.id, status: "ANSWERED", reply: REPLY_TEXT, message: MESSAGE, premises: { id: e.premisesId } });
    expect(ok(await gql(db.ds, MINE, { pid: e.premisesId }, sender.id)).myPremisesEnquiries).toHaveLength(1);
    expect(ok(await gql(db.ds, MINE, { pid: e.premisesId }, otherPes.id)).myPremisesEnquiries.map((x: { id: string }) => x.id)).not.toContain(e.id);
    expect(ok(await gql(db.ds, MINE, {}, official.id)).myPremisesEnquiries).toEqual([]);
    expect(ok(await gql(db.ds, MINE, { pid: "garbage" }, sender.id)).myPremisesEnquiries).toEqual([]);
    expect(errorCode(await gql(db.ds, MINE, {}, null))).toBe("UNAUTHENTICATED");
  });

  it("lists a follow-up enquiry beside the open one, newest first, so the page can show what is already waiting", async () => {
    const sender = (await createPesMember(db.ds)).user;
    const e = await enquiry(sender);
    const again = ok(await gql(db.ds, SEND, { id: e.premisesId, m: `${MESSAGE} Jeszcze jedno pytanie.` }, sender.id)).sendPremisesEnquiry;
    const mine = ok(await gql(db.ds, MINE, { pid: e.premisesId }, sender.id)).myPremisesEnquiries;
    expect(mine.map((x: { id: string }) => x.id)).toEqual([again.id, e.id]);
    expect(mine.every((x: { status: string }) => x.status === "NEW")).toBe(true);
  });
});

describe("enquiryRecipient", () => {
  it("names the official who receives the e-mail, not a different contact", async () => {
    const id = await premises({ contactName: "Jan Kontaktowy", contactEmail: "jan@example.org" });
    expect(ok(await gql(db.ds, RECIPIENT, { id })).premises.enquiryRecipient).toBe("Anna Urzędniczka");
    const sender = (await createPesMember(db.ds)).user;
    await enquiry(sender, id);
    const sent = await db.ds.getRepository(MailMessage).findBy({ template: "premises.enquiry.official", to: official.email });
    expect(sent.length).toBeGreaterThan(0);
    expect(await db.ds.getRepository(MailMessage).existsBy({ template: "premises.enquiry.official", to: "jan@example.org" })).toBe(false);
  });

  it("names the listing's contact when the premises has no official, and the e-mail goes there", async () => {
    const id = await premises({ ownerId: null, contactName: "Biuro ZGM", contactEmail: "Biuro@example.org" });
    expect(ok(await gql(db.ds, RECIPIENT, { id })).premises.enquiryRecipient).toBe("Biuro ZGM");
    await enquiry((await createPesMember(db.ds)).user, id);
    expect(await db.ds.getRepository(MailMessage).existsBy({ template: "premises.enquiry.official", to: "biuro@example.org" })).toBe(true);
    expect(ok(await gql(db.ds, RECIPIENT, { id: await premises({ ownerId: null }) })).premises.enquiryRecipient).toBeNull();
  });
});
