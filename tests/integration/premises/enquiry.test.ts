import { Premises, PremisesEnquiry } from "../../../entities/premises";
import { MailMessage } from "../../../entities/system";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createOrganization, createPesMember, createUsers } from "../../factories";

let db: TestDb;
let official: User, official2: User, admin: User, resident: User, pes: User, unverifiedPes: User;
let premisesId: string, noOwnerId: string;
beforeAll(async () => {
  db = await createTestDb();
  [official, official2, admin, resident] = await createUsers(db.ds, Role.OFFICIAL, Role.OFFICIAL, Role.ADMIN, Role.RESIDENT);
  pes = (await createPesMember(db.ds)).user;
  unverifiedPes = (await createPesMember(db.ds, await createOrganization(db.ds, { verified: false }))).user;
  const repo = db.ds.getRepository(Premises);
  premisesId = (await repo.save(repo.create({ address: "ul. Łazienna 1", district: "Stare Miasto", areaM2: 40, monthlyRent: 1000, ownerId: official.id }))).id;
  noOwnerId = (await repo.save(repo.create({ address: "ul. Wola 2", district: "Mokre", areaM2: 40, monthlyRent: 900, contactEmail: "Kontakt@example.org" }))).id;
});
afterAll(() => db.drop());

const SEND = `mutation($id: ID!, $m: String!) { sendPremisesEnquiry(premisesId: $id, message: $m) { id message createdAt premises { id } sender { id } organization { name } } }`;
const INBOX = `query($all: Boolean, $pid: ID) { premisesEnquiries(all: $all, premisesId: $pid) { id message premises { id address } sender { email } } }`;
const MESSAGE = "Dzień dobry, chcemy prowadzić tu kawiarnię spółdzielni socjalnej.";

describe("sendPremisesEnquiry", () => {
  it("stores a PES member's enquiry and queues mail to the owning official and a confirmation to the sender", async () => {
    const e = ok(await gql(db.ds, SEND, { id: premisesId, m: `  ${MESSAGE}  ` }, pes.id)).sendPremisesEnquiry;
    expect(e).toMatchObject({ message: MESSAGE, premises: { id: premisesId }, sender: { id: pes.id } });
    expect(e.organization.name).toBeTruthy();
    const mails = await db.ds.getRepository(MailMessage).find();
    expect(mails.find((m) => m.to === official.email && m.template === "premises.enquiry.official")?.text).toContain(MESSAGE);
    expect(mails.find((m) => m.to === pes.email && m.template === "premises.enquiry.confirmation")).toBeDefined();
  });

  it("writes to the contact address when the premises has no official", async () => {
    ok(await gql(db.ds, SEND, { id: noOwnerId, m: MESSAGE }, pes.id));
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: "kontakt@example.org", template: "premises.enquiry.official" })).toBe(true);
  });

  it.each([
    ["anonymous", () => null, "UNAUTHENTICATED"],
    ["RESIDENT", () => resident.id, "FORBIDDEN"],
    ["OFFICIAL", () => official.id, "FORBIDDEN"],
    ["ADMIN", () => admin.id, "FORBIDDEN"],
    ["member of an unverified organisation", () => unverifiedPes.id, "FORBIDDEN"],
  ])("refuses %s and stores nothing", async (_w, uid, code) => {
    const before = await db.ds.getRepository(PremisesEnquiry).count();
    expect(errorCode(await gql(db.ds, SEND, { id: premisesId, m: MESSAGE }, uid()))).toBe(code);
    expect(await db.ds.getRepository(PremisesEnquiry).count()).toBe(before);
  });

  it("an enquiry about premises deleted at that very moment is NOT_FOUND, and nothing is stored or mailed", async () => {
    const repo = db.ds.getRepository(Premises);
    const doomed = (await repo.save(repo.create({ address: "ul. Szeroka 9", district: "Stare Miasto", areaM2: 30, monthlyRent: 800, ownerId: official.id }))).id;
    const mailsBefore = await db.ds.getRepository(MailMessage).count();
    // The deletion is not committed when the enquiry reads the premises, so the enquiry
    // still sees them; its insert then waits for the deletion to end.
    const late = await afterOtherCommits(
      db.ds,
      (other) => other.query(`DELETE FROM premises WHERE id = $1`, [doomed]),
      () => gql(db.ds, SEND, { id: doomed, m: MESSAGE }, pes.id),
    );
    expect(errorCode(late)).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(PremisesEnquiry).countBy({ premisesId: doomed })).toBe(0);
    expect(await db.ds.getRepository(MailMessage).count()).toBe(mailsBefore);
  });

  it("refuses a too short or too long message naming `message`, and an unknown premises with NOT_FOUND", async () => {
    for (const m of ["hej", "x".repeat(3001)]) {
      const r = await gql(db.ds, SEND, { id: premisesId, m }, pes.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0].extensions!.fields).toHaveProperty("message");
    }
    expect(errorCode(await gql(db.ds, SEND, { id: "00000000-0000-4000-8000-000000000000", m: MESSAGE }, pes.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, SEND, { id: "garbage", m: MESSAGE }, pes.id))).toBe("NOT_FOUND");
  });
});

describe("premisesEnquiries", () => {
  it("shows an official the enquiries about their own premises, all of them with `all`", async () => {
    const mine = ok(await gql(db.ds, INBOX, {}, official.id)).premisesEnquiries;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: any) => e.premises.id === premisesId)).toBe(true);
    expect(mine[0].sender.email).toBe(pes.email);
    expect(ok(await gql(db.ds, INBOX, {}, official2.id)).premisesEnquiries).toEqual([]);
    const all = ok(await gql(db.ds, INBOX, { all: true }, official2.id)).premisesEnquiries;
    expect(new Set(all.map((e: any) => e.premises.id))).toEqual(new Set([premisesId, noOwnerId]));
  });

  it("shows an admin everything by default", async () => {
    const all = ok(await gql(db.ds, INBOX, {}, admin.id)).premisesEnquiries;
    expect(all.length).toBe(await db.ds.getRepository(PremisesEnquiry).count());
  });

  it("is closed to PES members, residents and anonymous users", async () => {
    expect(errorCode(await gql(db.ds, INBOX, {}, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, INBOX, {}, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, INBOX, {}, null))).toBe("UNAUTHENTICATED");
  });
});

describe("sendPremisesEnquiry rate limit", () => {
  it("refuses the 21st enquiry within an hour with RATE_LIMITED and stores nothing more", async () => {
    const sender = (await createPesMember(db.ds)).user;
    // Different premises each time, as people do.
    const repo = db.ds.getRepository(Premises);
    const fresh = async () => (await repo.save(repo.create({ address: "ul. Kopernika 3", district: "Stare Miasto", areaM2: 30, monthlyRent: 800, ownerId: official.id }))).id;
    for (let i = 0; i < 20; i++) ok(await gql(db.ds, SEND, { id: await fresh(), m: `${MESSAGE} (${i})` }, sender.id));
    const before = await db.ds.getRepository(PremisesEnquiry).count();
    expect(errorCode(await gql(db.ds, SEND, { id: await fresh(), m: MESSAGE }, sender.id))).toBe("RATE_LIMITED");
    expect(await db.ds.getRepository(PremisesEnquiry).count()).toBe(before);
  });
});
