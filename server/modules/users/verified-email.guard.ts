import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Context } from "../../context";
import { forbidden } from "../../errors";

/**
 * Mutations a signed-in person may use before opening the verification link. Everything
 * else acts under the person's name (registering, enquiring, requesting, booking,
 * offering, posting, organisations, subscriptions of the account, back-office work), so an
 * address nobody has proved to own must not sign it. A new mutation is guarded unless it
 * is added here — tests/integration/users/email-verification-guard.test.ts checks every
 * mutation of the schema.
 */
export const VERIFICATION_EXEMPT_MUTATIONS: ReadonlySet<string> = new Set([
  // Managing the account itself, including fixing a mistyped address and leaving.
  "signUp",
  "verifyEmail",
  "resendVerificationEmail",
  "requestEmailChange",
  "requestPasswordReset",
  "resetPassword",
  "changePassword",
  "deleteMyAccount",
  // Accepting the terms is a condition of using the account, not an act under its name.
  "acceptTerms",
  // Open to anonymous visitors and tied to an address or link of their own, not to the
  // account: the newsletter's own double opt-in, and the e-mailed cancellation link.
  "subscribeToNewsletter",
  "confirmNewsletterSubscription",
  "unsubscribeFromNewsletter",
  "unsubscribeFromNotifications",
  "cancelRegistrationByToken",
]);

export const emailNotVerified = () =>
  forbidden("Confirm your e-mail address first: open the link we sent you", "EMAIL_NOT_VERIFIED");

/**
 * Wraps every guarded mutation of the built schema once, so no service has to remember the
 * rule. It runs before type-graphql's @Authorized check: anonymous callers pass through to
 * get UNAUTHENTICATED as before; a signed-in, unverified person gets FORBIDDEN with
 * `extensions.reason = "EMAIL_NOT_VERIFIED"`, whatever the arguments.
 */
export function requireVerifiedEmailForMutations(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(fields)) {
    if (VERIFICATION_EXEMPT_MUTATIONS.has(name)) continue;
    const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, ctx: Context, info) => {
      if (ctx.user && !ctx.user.emailVerified) throw emailNotVerified();
      return inner(root, args, ctx, info);
    };
  }
  return schema;
}
