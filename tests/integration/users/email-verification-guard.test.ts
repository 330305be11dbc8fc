import { Role, User } from "../../../entities/users";
import { VERIFICATION_EXEMPT_MUTATIONS } from "../../../server/modules/users/verified-email.guard";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql } from "../../helpers/graphql";
import { harmlessArguments, operationDocument, schema } from "../../helpers/schema";
import { createPesMember, createUser } from "../../factories";

/**
 * Generated from schema.graphql: every mutation is either exempt (account management,
 * anonymous links of one's own) or refused to a signed-in person whose address is not
 * confirmed, with FORBIDDEN and reason EMAIL_NOT_VERIFIED — whatever their role and
 * whatever the arguments. A new mutation is covered without anyone remembering to.
 */
const mutations = Object.values(schema.getMutationType()!.getFields()).map((field) => ({
  name: field.name,
  doc: operationDocument("mutation", field),
  vars: harmlessArguments(field),
}));

let db: TestDb;
const unverified: Record<string, string> = {};
let verifiedAdmin: string;
beforeAll(async () => {
  db = await createTestDb();
  process.env.RATE_LIMITS = "off";
  unverified.RESIDENT = (await createUser(db.ds, { emailVerified: false })).id;
  unverified.OFFICIAL = (await createUser(db.ds, { role: Role.OFFICIAL, emailVerified: false })).id;
  unverified.ADMIN = (await createUser(db.ds, { role: Role.ADMIN, emailVerified: false })).id;
  unverified.PES_MEMBER = (await createPesMember(db.ds, undefined, { emailVerified: false })).user.id;
  verifiedAdmin = (await createUser(db.ds, { role: Role.ADMIN })).id;
});
afterAll(async () => {
  delete process.env.RATE_LIMITS;
  await db.drop();
});

describe("an unconfirmed address cannot act under the account's name", () => {
  it("the schema has mutations to check, and the exempt list names only account management and own links", () => {
    expect(mutations.length).toBeGreaterThan(80);
    expect([...VERIFICATION_EXEMPT_MUTATIONS].sort()).toEqual(
      [
        "signUp", "verifyEmail", "resendVerificationEmail", "requestEmailChange", "requestPasswordReset", "resetPassword",
        "changePassword", "deleteMyAccount", "acceptTerms", "subscribeToNewsletter", "confirmNewsletterSubscription",
        "unsubscribeFromNewsletter", "unsubscribeFromNotifications", "cancelRegistrationByToken",
      ].sort(),
    );
  });

  for (const m of mutations.filter((m) => !VERIFICATION_EXEMPT_MUTATIONS.has(m.name))) {
    it(`Mutation.${m.name}: FORBIDDEN with reason EMAIL_NOT_VERIFIED for every role`, async () => {
      for (const [role, id] of Object.entries(unverified)) {
        const r = await gql(db.ds, m.doc, m.vars, id);
        expect({ role, code: r.errors?.[0]?.extensions?.code, reason: r.errors?.[0]?.extensions?.reason }).toEqual({
          role,
          code: "FORBIDDEN",
          reason: "EMAIL_NOT_VERIFIED",
        });
      }
      // Control: the same request from a confirmed account is never refused for this reason.
      const control = await gql(db.ds, m.doc, m.vars, verifiedAdmin);
      expect(control.errors?.[0]?.extensions?.reason).toBeUndefined();
    });
  }

  for (const name of [...VERIFICATION_EXEMPT_MUTATIONS].filter((n) => mutations.some((m) => m.name === n))) {
    it(`Mutation.${name} (exempt): never refused for an unconfirmed address`, async () => {
      const m = mutations.find((x) => x.name === name)!;
      const r = await gql(db.ds, m.doc, m.vars, unverified.RESIDENT);
      expect(r.errors?.[0]?.extensions?.reason).toBeUndefined();
    });
  }

  it("an anonymous visitor still gets UNAUTHENTICATED (the guard does not hide the sign-in rule)", async () => {
    const r = await gql(db.ds, `mutation { registerForTraining(trainingId: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("reads still work: me says emailVerified false", async () => {
    const r = await gql(db.ds, `{ me { emailVerified } }`, {}, unverified.RESIDENT);
    expect(r.data?.me).toEqual({ emailVerified: false });
    expect(await db.ds.getRepository(User).countBy({ emailVerified: false })).toBe(4);
  });
});
