import { MemberRole, MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import { MailMessage } from "../../../entities/system";
import { AccountType, ApprovalStatus, Role } from "../../../entities/users";
import { DIGEST_TEMPLATE, sendApprovalsDigest } from "../../../server/modules/admin/approvals.jobs";
import { createOrganization, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 12 })));
afterAll(() => db.drop());

const DECIDE = `mutation($id: ID!, $approve: Boolean!, $reason: String) { decideOfficial(userId: $id, approve: $approve, reason: $reason) { id role approvalStatus } }`;
const REJECT_ORG = `mutation($id: ID!, $reason: String!) { rejectOrganization(id: $id, reason: $reason) { id verified rejectedAt } }`;
const MY_APPROVAL = `{ myApproval { kind state reason organizationName since } }`;
const pendingOfficial = () => createUser(db.ds, { accountType: AccountType.OFFICIAL, approvalStatus: ApprovalStatus.PENDING, role: Role.RESIDENT });

describe("approvals", () => {
  it("refuses an official with a reason: the e-mail carries it and /account shows it", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const applicant = await pendingOfficial();
    expect(ok(await gql(db.ds, MY_APPROVAL, {}, applicant.id)).myApproval).toMatchObject({ kind: "OFFICIAL", state: "PENDING" });
    ok(await gql(db.ds, DECIDE, { id: applicant.id, approve: false, reason: "Adres spoza domeny um.torun.pl" }, admin.id));
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: applicant.email, template: "admin.official-decision" });
    expect(mail.text).toContain("Adres spoza domeny um.torun.pl");
    expect(ok(await gql(db.ds, MY_APPROVAL, {}, applicant.id)).myApproval).toMatchObject({
      kind: "OFFICIAL",
      state: "REJECTED",
      reason: "Adres spoza domeny um.torun.pl",
    });
  });

  it("two admins deciding one official at once: the first decision stands, the other is CONFLICT and e-mails nothing", async () => {
    const second = await createUser(db.ds, { role: Role.ADMIN });
    const applicant = await pendingOfficial();
    const answer = await afterOtherCommits(
      db.ds,
      // The first admin's approval, saved but not committed.
      (other) => other.query(`UPDATE users SET approval_status = 'APPROVED', role = 'OFFICIAL', approval_decided_at = now() WHERE id = $1`, [applicant.id]),
      () => gql(db.ds, DECIDE, { id: applicant.id, approve: false, reason: "Adres spoza domeny um.torun.pl" }, second.id),
    );
    expect(errorCode(answer)).toBe("CONFLICT");
    expect(ok(await gql(db.ds, MY_APPROVAL, {}, applicant.id)).myApproval.state).toBe("APPROVED");
    expect(await db.ds.getRepository(MailMessage).countBy({ to: applicant.email })).toBe(0);
  });

  it("will not refuse without a reason (BAD_USER_INPUT on reason, nothing changes)", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const applicant = await pendingOfficial();
    const r = await gql(db.ds, DECIDE, { id: applicant.id, approve: false, reason: "  " }, admin.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toEqual(["reason"]);
    expect(ok(await gql(db.ds, MY_APPROVAL, {}, applicant.id)).myApproval.state).toBe("PENDING");
    expect(await db.ds.getRepository(MailMessage).countBy({ to: applicant.email })).toBe(0);
  });

  it("refuses an organisation with a reason e-mailed to its owner; it leaves the queue and the owner sees why", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const org = await createOrganization(db.ds, { verified: false, verifiedAt: null });
    const owner = await createUser(db.ds, { accountType: AccountType.PES });
    await db.ds.getRepository(OrganizationMembership).insert({ userId: owner.id, organizationId: org.id, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE });
    const queue = ok(await gql(db.ds, `{ pendingApprovals { organizations { id applicant { email } } } }`, {}, admin.id)).pendingApprovals;
    expect(queue.organizations.find((o: { id: string }) => o.id === org.id).applicant.email).toBe(owner.email);
    expect(ok(await gql(db.ds, MY_APPROVAL, {}, owner.id)).myApproval).toMatchObject({ kind: "ORGANIZATION", state: "PENDING", organizationName: org.name });
    ok(await gql(db.ds, REJECT_ORG, { id: org.id, reason: "Nie znaleźliśmy organizacji w KRS" }, admin.id));
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: owner.email, template: "admin.organization-decision" });
    expect(mail.text).toContain("Nie znaleźliśmy organizacji w KRS");
    const after = ok(await gql(db.ds, `{ pendingApprovals { organizations { id } } }`, {}, admin.id)).pendingApprovals;
    expect(after.organizations.map((o: { id: string }) => o.id)).not.toContain(org.id);
    expect(ok(await gql(db.ds, MY_APPROVAL, {}, owner.id)).myApproval).toMatchObject({ state: "REJECTED", reason: "Nie znaleźliśmy organizacji w KRS" });
    expect(errorCode(await gql(db.ds, REJECT_ORG, { id: org.id, reason: "Drugi raz" }, admin.id))).toBe("CONFLICT");
    // Verifying later still works, and tells the owner.
    ok(await gql(db.ds, `mutation($id: ID!) { verifyOrganization(id: $id, verified: true) { id } }`, { id: org.id }, admin.id));
    expect(await db.ds.getRepository(MailMessage).countBy({ to: owner.email, template: "admin.organization-decision" })).toBe(2);
  });

  it("counts what waits for admins, for the header badge", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const before = ok(await gql(db.ds, `{ pendingApprovalCount }`, {}, admin.id)).pendingApprovalCount;
    await pendingOfficial();
    await createOrganization(db.ds, { verified: false, verifiedAt: null });
    expect(ok(await gql(db.ds, `{ pendingApprovalCount }`, {}, admin.id)).pendingApprovalCount).toBe(before + 2);
  });
});

describe("approvals digest", () => {
  const digests = () => db.ds.getRepository(MailMessage).countBy({ template: DIGEST_TEMPLATE });

  it("e-mails each admin once for two concurrent runs, then not again within the hour, then again when new applicants came", async () => {
    await db.ds.query(`DELETE FROM mail_messages WHERE template = $1`, [DIGEST_TEMPLATE]);
    const admins = Number((await db.ds.query(`SELECT count(*) AS n FROM users WHERE role = 'ADMIN' AND deleted_at IS NULL`))[0].n);
    const applicant = await pendingOfficial();
    const now = new Date();
    const [a, b] = await Promise.all([sendApprovalsDigest(db.ds, now), sendApprovalsDigest(db.ds, now)]);
    expect([a, b].sort()).toEqual([0, admins]);
    expect(await digests()).toBe(admins);
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ template: DIGEST_TEMPLATE });
    expect(mail.text).toContain(applicant.email);
    expect(mail.text).toContain("/admin/approvals");
    // A new applicant within the hour waits for the next digest.
    await pendingOfficial();
    expect(await sendApprovalsDigest(db.ds, new Date(now.getTime() + 30 * 60_000))).toBe(0);
    expect(await sendApprovalsDigest(db.ds, new Date(now.getTime() + 61 * 60_000))).toBe(admins);
    expect(await digests()).toBe(2 * admins);
  });

  it("sends nothing when nothing new arrived since the last digest", async () => {
    const later = new Date(Date.now() + 3 * 3_600_000);
    await sendApprovalsDigest(db.ds, later);
    const count = await digests();
    expect(await sendApprovalsDigest(db.ds, new Date(later.getTime() + 2 * 3_600_000))).toBe(0);
    expect(await digests()).toBe(count);
  });
});
