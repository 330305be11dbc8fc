import { FACTORY_PASSWORD } from "../factories";
import type { Actor, MatrixEntry } from "./matrix";

const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];
let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const FAKE_TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

/** Account lifecycle (tests/integration/users/account-*.test.ts pin down the rules). */
export const ACCOUNT_LIFECYCLE_MATRIX: MatrixEntry[] = [
  {
    op: "Mutation.requestPasswordReset",
    doc: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    vars: () => ({ e: `nobody-${unique()}@example.org` }),
    allow: "everyone",
  },
  {
    // Anyone holding a token may use it; a made-up one is refused as bad input, for everyone alike.
    op: "Mutation.resetPassword",
    doc: `mutation($t: String!) { resetPassword(token: $t, newPassword: "zupelnie-nowe-haslo-42") }`,
    vars: () => ({ t: FAKE_TOKEN }),
    allow: "everyone",
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    op: "Mutation.verifyEmail",
    doc: `mutation($t: String!) { verifyEmail(token: $t) }`,
    vars: () => ({ t: FAKE_TOKEN }),
    allow: "everyone",
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    // Setting the same password again: allowed, and the fixtures keep their password.
    op: "Mutation.changePassword",
    doc: `mutation($p: String!) { changePassword(currentPassword: $p, newPassword: $p) }`,
    vars: () => ({ p: FACTORY_PASSWORD }),
    allow: SIGNED_IN,
  },
  {
    // The fixtures are verified: CONFLICT means "allowed, but nothing to resend".
    op: "Mutation.resendVerificationEmail",
    doc: `mutation { resendVerificationEmail }`,
    vars: () => ({}),
    allow: SIGNED_IN,
    allowedCodes: ["CONFLICT"],
  },
  {
    op: "Mutation.requestEmailChange",
    doc: `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }`,
    vars: () => ({ e: `nowy-${unique()}@example.org`, p: FACTORY_PASSWORD }),
    allow: SIGNED_IN,
  },
];
