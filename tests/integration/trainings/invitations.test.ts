import { MailMessage } from "../../../entities/system";
import { TrainingInvitation } from "../../../entities/trainings";
import { Role, type User } from "../../../entities/users";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createPesMember, createTestDbWithUsers, createUser } from "../../factories";
import { countQueries } from "../../helpers/statements";
import { createTraining } from "./helpers";

const INVITE = `mutation($id: ID!, $input: TrainingInvitationInput!) { inviteToTraining(trainingId: $id, input: $input) { invited skipped } }`;
const LIST = `query($id: ID!) { trainingInvitations(trainingId: $id) { email organizationName createdAt } }`;

let db: TestDb;
let official: User;
beforeAll(async () => ({ db, users: [official] } = await createTestDbWithUsers(Role.OFFICIAL)));
afterAll(() => db.drop());

const mails = (trainingTemplate = "trainings.invitation") => db.ds.getRepository(MailMessage).findBy({ template: trainingTemplate });

describe("inviteToTraining", () => {
  it("invites the verified PES of a chosen activity or district — contact address and active members — and pasted addresses, each once", async () => {
    const id = await createTraining(db.ds);
    const tag = `Catering-${Date.now()}`;
    const byActivity = await createOrganization(db.ds, { verified: true, activities: [tag], email: `kontakt-${Date.now()}@spoldzielnia.example` });
    const member = (await createPesMember(db.ds, byActivity, { locale: "en" })).user;
    const unverified = await createOrganization(db.ds, { verified: false, activities: [tag], email: `nie-${Date.now()}@example.org` });
    const inDistrict = await createOrganization(db.ds, { verified: true, district: "Bydgoskie Przedmieście", email: `dzielnica-${Date.now()}@example.org` });

    const first = ok(await gql(db.ds, INVITE, { id, input: { categories: [tag], emails: ["Ktos@Example.org", member.email] } }, official.id)).inviteToTraining;
    expect(first).toEqual({ invited: 3, skipped: 0 });
    const sent = (await mails()).filter((m) => m.text.includes(`/trainings/${id}`));
    expect(sent.map((m) => m.to).sort()).toEqual([byActivity.email, member.email.toLowerCase(), "ktos@example.org"].sort());
    expect(sent.find((m) => m.to === member.email.toLowerCase())!.subject).toMatch(/^Invitation: /);
    expect(sent.find((m) => m.to === "ktos@example.org")!.subject).toMatch(/^Zaproszenie: /);
    expect(sent.map((m) => m.to)).not.toContain(unverified.email);

    // Again, with a district: those invited before are skipped, never e-mailed twice.
    const again = ok(await gql(db.ds, INVITE, { id, input: { categories: [tag], districts: ["Bydgoskie Przedmieście"] } }, official.id)).inviteToTraining;
    expect(again.skipped).toBe(2);
    expect(again.invited).toBeGreaterThanOrEqual(1);
    const list = ok(await gql(db.ds, LIST, { id }, official.id)).trainingInvitations as { email: string; organizationName: string | null }[];
    expect(list.find((i) => i.email === inDistrict.email)?.organizationName).toBe(inDistrict.name);
    expect(list.find((i) => i.email === "ktos@example.org")?.organizationName).toBeNull();
    const twice = await db.ds.query(
      `SELECT "to" FROM mail_messages WHERE template = 'trainings.invitation' AND text LIKE $1 GROUP BY "to" HAVING count(*) > 1`,
      [`%/trainings/${id}%`],
    );
    expect(twice).toEqual([]);
    expect(await db.ds.getRepository(TrainingInvitation).countBy({ trainingId: id })).toBe(list.length);
  });

  it("invites each address once when two organisers invite it at the same time", async () => {
    const id = await createTraining(db.ds);
    const other = await createUser(db.ds, { role: Role.ADMIN });
    const input = { emails: ["rownoczesnie@example.org"] };
    const [a, b] = await Promise.all([gql(db.ds, INVITE, { id, input }, official.id), gql(db.ds, INVITE, { id, input }, other.id)]);
    const outcomes = [ok(a).inviteToTraining, ok(b).inviteToTraining];
    expect(outcomes.map((o) => o.invited).sort()).toEqual([0, 1]);
    expect((await mails()).filter((m) => m.to === "rownoczesnie@example.org" && m.text.includes(id))).toHaveLength(1);
  });

  it("refuses bad input, a training that has ended or was cancelled, and anyone but organisers — changing nothing", async () => {
    const id = await createTraining(db.ds);
    expect(errorCode(await gql(db.ds, INVITE, { id, input: {} }, official.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, INVITE, { id, input: { emails: ["nie-adres"] } }, official.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, INVITE, { id, input: { districts: ["Atlantyda"] } }, official.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, INVITE, { id, input: { emails: Array.from({ length: 501 }, (_, i) => `a${i}@example.org`) } }, official.id))).toBe("BAD_USER_INPUT");
    const pes = (await createPesMember(db.ds)).user;
    expect(errorCode(await gql(db.ds, INVITE, { id, input: { emails: ["x@example.org"] } }, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, INVITE, { id, input: { emails: ["x@example.org"] } }, null))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, LIST, { id }, pes.id))).toBe("FORBIDDEN");
    const past = await createTraining(db.ds);
    await db.ds.query(`UPDATE trainings SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day', registration_deadline = now() - interval '3 days' WHERE id = $1`, [past]);
    expect(errorCode(await gql(db.ds, INVITE, { id: past, input: { emails: ["x@example.org"] } }, official.id))).toBe("CONFLICT");
    await db.ds.query(`UPDATE trainings SET cancelled_at = now() WHERE id = $1`, [id]);
    expect(errorCode(await gql(db.ds, INVITE, { id, input: { emails: ["x@example.org"] } }, official.id))).toBe("CONFLICT");
    expect(await db.ds.getRepository(TrainingInvitation).countBy({ trainingId: id })).toBe(0);
    expect(errorCode(await gql(db.ds, INVITE, { id: "nie-uuid", input: { emails: ["x@example.org"] } }, official.id))).toBe("NOT_FOUND");
  });
});

it("queues the invitations of 30 addresses in as many statements as those of 3", async () => {
  const invite = async (n: number) => {
    const id = await createTraining(db.ds);
    const emails = Array.from({ length: n }, (_, i) => `zaproszony-${n}-${i}@example.org`);
    const cost = await countQueries(db.ds, async () => expect(ok(await gql(db.ds, INVITE, { id, input: { emails } }, official.id)).inviteToTraining).toEqual({ invited: n, skipped: 0 }));
    expect((await mails()).filter((m) => m.text.includes(`/trainings/${id}`)).map((m) => m.to).sort()).toEqual([...emails].sort());
    return cost;
  };
  expect(await invite(30)).toBe(await invite(3));
});
