import type { DataSource } from "typeorm";
import type { Organization } from "../../entities/organizations";
import type { User } from "../../entities/users";
import type { GqlResult } from "../helpers/graphql";
import { createOrganization, createUser } from "../factories";
import { ACCOUNTS_MATRIX } from "./accounts.matrix";
import { ACCOUNT_LIFECYCLE_MATRIX } from "./account-lifecycle.matrix";
import { ACTIVITY_MATRIX } from "./activity.matrix";
import { MARKETPLACE_MATRIX } from "./marketplace.matrix";
import { MARKETPLACE_MEDIA_MATRIX } from "./marketplace-media.matrix";
import { NEWS_MATRIX } from "./news.matrix";
import { NOTIFICATIONS_MATRIX } from "./notifications.matrix";
import { PREMISES_MATRIX } from "./premises.matrix";
import { SEARCH_MATRIX } from "./search.matrix";
import { TRAININGS_MATRIX } from "./trainings.matrix";

export const ACTORS = ["anonymous", "resident", "pesOwn", "pesOther", "official", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

export interface Fixtures {
  ds: DataSource;
  admin: User;
  official: User;
  resident: User;
  /** PES_MEMBER of pesOrg ("own organisation"). */
  pes: User;
  pesOrg: Organization;
  /** PES_MEMBER of otherOrg ("another organisation"). */
  otherPes: User;
  otherOrg: Organization;
}

export interface MatrixEntry {
  op: `Query.${string}` | `Mutation.${string}`;
  doc: string;
  /** Variables; may create the objects the operation acts on (fresh for every run). */
  vars: (fx: Fixtures, actor: Actor) => Promise<Record<string, unknown>> | Record<string, unknown>;
  allow: "everyone" | Actor[];
  /** Codes that still count as "allowed" (e.g. CONFLICT when the state does not fit). */
  allowedCodes?: string[];
  check?: (r: GqlResult, fx: Fixtures, actor: Actor) => Promise<void> | void;
  /** For refused reads: must return falsy (nothing leaked). */
  deniedData?: (data: Record<string, any>) => unknown;
}

const ADMIN: Actor[] = ["admin"];
const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];
let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export const FOUNDATION: MatrixEntry[] = [
  { op: "Query.me", doc: `{ me { id } }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Query.findOrganizations",
    doc: `query($s: String!) { findOrganizations(search: $s) { id name } }`,
    vars: () => ({ s: "Test" }),
    allow: "everyone",
  },
  {
    op: "Mutation.signUp",
    doc: `mutation($e: String!) { signUp(email: $e, password: "bezpieczne-haslo-7", name: "Macierz Dostępu", accountType: RESIDENT) { id } }`,
    vars: () => ({ e: `matrix-${unique()}@example.org` }),
    allow: "everyone",
  },
  {
    op: "Mutation.registerOrganization",
    doc: `mutation($name: String!) { registerOrganization(input: { name: $name, legalForm: ASSOCIATION }) { id } }`,
    vars: () => ({ name: `Stowarzyszenie ${unique()}` }),
    // Only PES accounts represent organisations; these members already belong to one.
    allow: ["pesOwn", "pesOther", "admin"],
    allowedCodes: ["CONFLICT"],
  },
  {
    op: "Mutation.requestOrganizationMembership",
    doc: `mutation($id: ID!) { requestOrganizationMembership(organizationId: $id) { id } }`,
    vars: async (fx) => ({ id: (await createOrganization(fx.ds)).id }),
    allow: ["pesOwn", "pesOther", "admin"],
    allowedCodes: ["CONFLICT"],
  },
  {
    op: "Mutation.decideOrganizationMembership",
    doc: `mutation($id: ID!) { decideOrganizationMembership(id: $id, accept: true) { id status } }`,
    // A request to join the OWN organisation of pesOwn (its owner may decide; others not).
    vars: async (fx) => {
      const applicant = await createUser(fx.ds, { accountType: "PES" as never });
      const [{ id }] = await fx.ds.query(
        `INSERT INTO organization_memberships (user_id, organization_id, role, status) VALUES ($1, $2, 'MEMBER', 'PENDING') RETURNING id`,
        [applicant.id, fx.pesOrg.id],
      );
      return { id };
    },
    allow: ["pesOwn", "admin"],
  },
  {
    op: "Mutation.verifyOrganization",
    doc: `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`,
    vars: async (fx) => ({ id: (await createOrganization(fx.ds, { verified: false })).id }),
    allow: ADMIN,
  },
  { op: "Query.pendingApprovals", doc: `{ pendingApprovals { officials { id } } }`, vars: () => ({}), allow: ADMIN, deniedData: (d) => d?.pendingApprovals },
  { op: "Query.users", doc: `{ users { total items { id email } } }`, vars: () => ({}), allow: ADMIN, deniedData: (d) => d?.users },
  { op: "Query.auditLog", doc: `{ auditLog { total } }`, vars: () => ({}), allow: ADMIN, deniedData: (d) => d?.auditLog },
  { op: "Query.outbox", doc: `{ outbox { total } }`, vars: () => ({}), allow: ADMIN, deniedData: (d) => d?.outbox },
  // Everyone signed in may ask; only an organisation's owner gets anything back (tests/integration/admin).
  { op: "Query.organizationJoinRequests", doc: `{ organizationJoinRequests { id } }`, vars: () => ({}), allow: SIGNED_IN },
  {
    op: "Mutation.decideOfficial",
    doc: `mutation($id: ID!) { decideOfficial(userId: $id, approve: true) { id role } }`,
    vars: async (fx) => ({ id: (await createUser(fx.ds, { accountType: "OFFICIAL" as never, approvalStatus: "PENDING" as never })).id }),
    allow: ADMIN,
  },
  {
    op: "Mutation.setUserRole",
    doc: `mutation($id: ID!) { setUserRole(userId: $id, role: OFFICIAL) { id role } }`,
    vars: async (fx) => ({ id: (await createUser(fx.ds)).id }),
    allow: ADMIN,
  },
];

void SIGNED_IN;

/** Every operation; each domain keeps its rows in tests/access/<domain>.matrix.ts. */
export const MATRIX: MatrixEntry[] = [
  ...FOUNDATION,
  ...PREMISES_MATRIX,
  ...TRAININGS_MATRIX,
  ...NEWS_MATRIX,
  ...MARKETPLACE_MATRIX,
  ...MARKETPLACE_MEDIA_MATRIX,
  ...SEARCH_MATRIX,
  ...ACCOUNTS_MATRIX,
  ...ACCOUNT_LIFECYCLE_MATRIX,
  ...ACTIVITY_MATRIX,
  ...NOTIFICATIONS_MATRIX,
];
