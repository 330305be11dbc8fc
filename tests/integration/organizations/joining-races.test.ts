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

describe("requestOrganizationMembership", () => {
  it("asked twice at once (a double click): one request is stored, the other is CONFLICT", async () => {
    const org = await createOrganization(db.ds);
    const person = await pesAccount();
    const second = await afterOtherCommits(
      db.ds,
      (other) =>
        other.query(`INSERT INTO organization_memberships (user_id, organization_id, role, status) VALUES ($1, $2, 'MEMBER', 'PENDING')`, [
          person.id,
          org.id,
        ]),
      () => gql(db.ds, JOIN, { id: org.id }, person.id),
    );
    expect(errorCode(second)).toBe("CONFLICT");
    expect(await db.ds.getRepository(OrganizationMembership).countBy({ userId: person.id, status: MembershipStatus.PENDING })).toBe(1);
  });
});
