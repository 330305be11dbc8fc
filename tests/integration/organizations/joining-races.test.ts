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
