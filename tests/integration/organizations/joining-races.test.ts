import type { QueryRunner } from "typeorm";
import { MembershipStatus, Organization, OrganizationMembership } from "../../../entities/organizations";
import { AccountType, Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createOrganization, createUser } from "../../factories";

/**
 * Registering an organisation and asking to join one, when two requests meet: a double
 * click, or two people naming their organisations alike at the same moment. Each race is
 * played out with the first request's writes held uncommitted in another transaction
 * (tests/helpers/other-transaction.ts) — the same every run.
 */

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const REGISTER = `mutation($i: OrganizationRegistrationInput!) { registerOrganization(input: $i) { id slug } }`;
const JOIN = `mutation($id: ID!) { requestOrganizationMembership(organizationId: $id) { id status } }`;

const pesAccount = () => createUser(db.ds, { role: Role.RESIDENT, accountType: AccountType.PES });
const liveMemberships = (userId: string) =>
  db.ds.query(`SELECT organization_id FROM organization_memberships WHERE user_id = $1 AND status <> 'REJECTED'`, [userId]);

/** The other client's membership row, written by hand so a race test can hold it uncommitted. */
const insertMembership = (other: QueryRunner, userId: string, organizationId: string, role: "MEMBER" | "OWNER", status: "PENDING" | "ACTIVE") =>
  other.query(`INSERT INTO organization_memberships (user_id, organization_id, role, status) VALUES ($1, $2, $3, $4)`, [userId, organizationId, role, status]);

describe("requestOrganizationMembership", () => {
  it("asked twice at once (a double click): one request is stored, the other is CONFLICT", async () => {
    const org = await createOrganization(db.ds);
    const person = await pesAccount();
    const second = await afterOtherCommits(
      db.ds,
      (other) => insertMembership(other, person.id, org.id, "MEMBER", "PENDING"),
      () => gql(db.ds, JOIN, { id: org.id }, person.id),
    );
    expect(errorCode(second)).toBe("CONFLICT");
    expect(await db.ds.getRepository(OrganizationMembership).countBy({ userId: person.id, status: MembershipStatus.PENDING })).toBe(1);
  });
});

describe("registerOrganization", () => {
  const input = (name: string) => ({ name, legalForm: "SOCIAL_COOPERATIVE" });

  it("two organisations of one name registered at once both get in, the later under the next free address", async () => {
    const person = await pesAccount();
    // The other organisation is saved but not committed when this one picks its address.
    const later = await afterOtherCommits(
      db.ds,
      (other) => other.query(`INSERT INTO organizations (name, slug, legal_form, verified) VALUES ('Spółdzielnia Wisła', 'spoldzielnia-wisla', 'SOCIAL_COOPERATIVE', false)`),
      () => gql(db.ds, REGISTER, { i: input("Spółdzielnia Wisła") }, person.id),
    );
    expect(ok(later).registerOrganization.slug).toBe("spoldzielnia-wisla-2");
    expect(await liveMemberships(person.id)).toEqual([{ organization_id: ok(later).registerOrganization.id }]);
  });

  it("registered twice at once (a double click): one organisation, the other request CONFLICT", async () => {
    const person = await pesAccount();
    const founded = await createOrganization(db.ds, { name: "Fundacja Podwójna", slug: "fundacja-podwojna-x", verified: false });
    const second = await afterOtherCommits(
      db.ds,
      (other) => insertMembership(other, person.id, founded.id, "OWNER", "ACTIVE"),
      () => gql(db.ds, REGISTER, { i: input("Fundacja Podwójna") }, person.id),
    );
    expect(errorCode(second)).toBe("CONFLICT");
    expect(await db.ds.getRepository(Organization).countBy({ name: "Fundacja Podwójna" })).toBe(1);
    expect(await liveMemberships(person.id)).toEqual([{ organization_id: founded.id }]);
  });
});

describe("one organisation per NIP", () => {
  const [NIP, OTHER_NIP] = ["9567035295", "7831726542"];
  const PROFILE = `mutation($id: ID!, $input: OrganizationProfileInput!) { updateOrganizationProfile(id: $id, input: $input) { nip } }`;
  /** The other client's organisation with this NIP, saved but not committed yet. */
  const insertWithNip = (other: QueryRunner, name: string, nip: string) =>
    other.query(`INSERT INTO organizations (name, slug, legal_form, verified, nip) VALUES ($1, $2, 'ASSOCIATION', false, $3)`, [name, `${name.toLowerCase()}-nip`, nip]);

  it("two organisations with one NIP registered at once: the first gets in, the other is CONFLICT", async () => {
    const person = await pesAccount();
    const later = await afterOtherCommits(
      db.ds,
      (other) => insertWithNip(other, "Pierwsza", NIP),
      () => gql(db.ds, REGISTER, { i: { name: "Druga z tym NIP", legalForm: "ASSOCIATION", nip: NIP } }, person.id),
    );
    expect(errorCode(later)).toBe("CONFLICT");
    expect(await db.ds.getRepository(Organization).countBy({ nip: NIP })).toBe(1);
    expect(await liveMemberships(person.id)).toEqual([]);
  });

  it("a profile given a NIP that another organisation takes at the same moment is CONFLICT and keeps its own", async () => {
    const person = await pesAccount();
    const own = await createOrganization(db.ds, { name: "Własna" });
    await insertMembership(db.ds.createQueryRunner(), person.id, own.id, "OWNER", "ACTIVE");
    const answer = await afterOtherCommits(
      db.ds,
      (other) => insertWithNip(other, "Szybsza", OTHER_NIP),
      () => gql(db.ds, PROFILE, { id: own.id, input: { name: "Własna", legalForm: "ASSOCIATION", nip: OTHER_NIP } }, person.id),
    );
    expect(errorCode(answer)).toBe("CONFLICT");
    expect((await db.ds.getRepository(Organization).findOneByOrFail({ id: own.id })).nip).toBeNull();
  });

  it("a NIP written with dashes or spaces is stored as its ten digits, and is the same NIP as them", async () => {
    const [first, second] = [await pesAccount(), await pesAccount()];
    const r = ok(await gql(db.ds, `mutation($i: OrganizationRegistrationInput!) { registerOrganization(input: $i) { nip krs } }`, { i: { name: "Kreski", legalForm: "ASSOCIATION", nip: "783-172-65-36", krs: "0000 123 456" } }, first.id));
    expect(r.registerOrganization).toEqual({ nip: "7831726536", krs: "0000123456" });
    expect(errorCode(await gql(db.ds, REGISTER, { i: { name: "Spacje", legalForm: "ASSOCIATION", nip: "783 172 65 36" } }, second.id))).toBe("CONFLICT");
  });
});

/**
 * Deleting an account locks the person's row, then deletes their memberships. Deciding a
 * request to join or removing a member locked the membership first and the person only when
 * it changed their role: each waited for the other, and PostgreSQL broke the cycle with an
 * error (a 500). Both now take the person before the membership, so they merely wait.
 * Its organisation's address, when it is the person's own, is cleared too: a change of a
 * member that locked the organisation before the person deadlocked with that (a 500); it
 * takes the person first as well.
 */
describe("the person's account deleted at the same moment", () => {
  const DECIDE = `mutation($id: ID!) { decideOrganizationMembership(id: $id, accept: true) { id status } }`;
  const REMOVE = `mutation($id: ID!) { removeOrganizationMember(id: $id) }`;
  const MAKE_OWNER = `mutation($id: ID!) { updateOrganizationMember(id: $id, input: { role: OWNER }) { id role } }`;
  /** What deleteMyAccount locks first… */
  const lockPerson = (other: QueryRunner, userId: string) => other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
  /** …and then: the membership and the organisation with the person's address are free (NOWAIT fails if the request holds them), and change. */
  const deleteAccount = async (other: QueryRunner, userId: string) => {
    await other.query(`SELECT id FROM organization_memberships WHERE user_id = $1 FOR UPDATE NOWAIT`, [userId]);
    await other.query(`DELETE FROM organization_memberships WHERE user_id = $1`, [userId]);
    const [{ email }] = await other.query(`SELECT lower(email) AS email FROM users WHERE id = $1`, [userId]);
    await other.query(`SELECT id FROM organizations WHERE lower(email) = $1 FOR NO KEY UPDATE NOWAIT`, [email]);
    await other.query(`UPDATE organizations SET email = NULL WHERE lower(email) = $1`, [email]);
    await other.query(`UPDATE users SET deleted_at = now(), role = 'RESIDENT' WHERE id = $1`, [userId]);
  };

  /** An organisation with an owner, and `person` in it with a membership of `status`; the owner's answer to `mutation` on that membership while the person's account goes. */
  async function whileAccountGoes(mutation: string, status: "PENDING" | "ACTIVE") {
    const owner = await pesAccount();
    const person = await createUser(db.ds, { role: status === "ACTIVE" ? Role.PES_MEMBER : Role.RESIDENT, accountType: AccountType.PES });
    // The organisation's address is the person's own, so deleting the account clears it.
    const org = await createOrganization(db.ds, { email: person.email });
    await insertMembership(db.ds.createQueryRunner(), owner.id, org.id, "OWNER", "ACTIVE");
    await insertMembership(db.ds.createQueryRunner(), person.id, org.id, "MEMBER", status);
    const [{ id }] = await db.ds.query(`SELECT id FROM organization_memberships WHERE user_id = $1`, [person.id]);
    const answer = await afterOtherCommits(
      db.ds,
      (other) => lockPerson(other, person.id),
      () => gql(db.ds, mutation, { id }, owner.id),
      (other) => deleteAccount(other, person.id),
    );
    return { code: errorCode(answer), memberships: await liveMemberships(person.id) };
  }

  it("accepting a request to join waits without holding the request, then finds it gone (NOT_FOUND)", async () => {
    expect(await whileAccountGoes(DECIDE, "PENDING")).toEqual({ code: "NOT_FOUND", memberships: [] });
  });

  it("removing a member waits without holding the membership, then finds it gone (NOT_FOUND)", async () => {
    expect(await whileAccountGoes(REMOVE, "ACTIVE")).toEqual({ code: "NOT_FOUND", memberships: [] });
  });

  it("changing a member's role waits without holding the organisation, then finds the membership gone (NOT_FOUND)", async () => {
    expect(await whileAccountGoes(MAKE_OWNER, "ACTIVE")).toEqual({ code: "NOT_FOUND", memberships: [] });
  });
});
