import { createOrganization } from "../factories";
import { errorCode } from "../helpers/graphql";
import type { Actor, MatrixEntry } from "./matrix";

const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];

/** Accounts and privacy: the person's own data, terms, approvals (tests/integration/account). */
export const ACCOUNTS_MATRIX: MatrixEntry[] = [
  {
    // A wrong password proves the call reached the service without erasing the fixture's account.
    op: "Mutation.deleteMyAccount",
    doc: `mutation { deleteMyAccount(password: "not-the-password") }`,
    vars: () => ({}),
    allow: SIGNED_IN,
    allowedCodes: ["BAD_USER_INPUT"],
    check: (r) => expect(errorCode(r)).toBe("BAD_USER_INPUT"),
  },
  { op: "Query.termsStatus", doc: `{ termsStatus { currentVersion mustAccept } }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Mutation.acceptTerms",
    doc: `mutation($v: String!) { acceptTerms(version: $v) { mustAccept } }`,
    vars: async (fx) => {
      const [{ published_at }] = await fx.ds.query(`SELECT published_at FROM programme_pages WHERE key = 'terms'`);
      return { v: new Date(published_at).toISOString() };
    },
    allow: SIGNED_IN,
  },
  { op: "Query.myApproval", doc: `{ myApproval { kind state reason } }`, vars: () => ({}), allow: SIGNED_IN },
  {
    op: "Query.pendingApprovalCount",
    doc: `{ pendingApprovalCount }`,
    vars: () => ({}),
    allow: ["admin"],
    deniedData: (d) => d?.pendingApprovalCount,
  },
  {
    op: "Mutation.rejectOrganization",
    doc: `mutation($id: ID!) { rejectOrganization(id: $id, reason: "Brak wpisu w KRS") { id rejectedAt } }`,
    vars: async (fx) => ({ id: (await createOrganization(fx.ds, { verified: false, verifiedAt: null })).id }),
    allow: ["admin"],
  },
];
