import type { DataSource, EntityManager } from "typeorm";
import { passwordProblem, passwordUserInputs, PASSWORD_MESSAGES } from "../../../entities/passwords";
import { AccountTokenPurpose, User } from "../../../entities/users";
import { DUMMY_HASH, hashPassword, isPasswordHash, verifyPassword } from "../../auth/password";
import { endSessions } from "../../auth/session";
import type { Context } from "../../context";
import { badInput, conflict } from "../../errors";
import { consume } from "../../rate-limit";
import { requireUser } from "../../auth/require-user";
import { mailAccountNotice, mailConfirmEmailChange, mailResetPassword, mailVerifyEmail } from "./account.mail";
import { consumeAccountToken, issueAccountToken, voidAccountTokens } from "./account-tokens";
import { isUniqueViolation } from "../../db-errors";

/**
 * The one password rule (entities/passwords.ts), refusing with the field's name. The
 * person's address and name are words a guesser tries first.
 */
export async function checkNewPassword(field: string, password: string, person: { email?: string; name?: string }) {
  const problem = await passwordProblem(password, passwordUserInputs(person.email, person.name));
  if (problem) throw badInput({ [field]: PASSWORD_MESSAGES[problem] });
}

const invalidToken = () => badInput({ token: "This link is not valid any more: it was used, has expired, or is incomplete" });

/** Every answer of requestPasswordReset takes at least this long, known address or not. */
export const RESET_ANSWER_MS = 400;

async function withPasswordHash(em: EntityManager | DataSource, id: string): Promise<User | null> {
  return em.getRepository(User).createQueryBuilder("u").addSelect("u.passwordHash").where("u.id = :id", { id }).getOne();
}

/**
 * Whether the signed-in person has a password to confirm with (an account made by the city
 * sign-in has none until it sets one by the e-mailed reset link); null for anyone else's
 * account, which is nobody's business.
 */
export async function hasOwnPassword(ctx: Context, userId: string): Promise<boolean | null> {
  if (ctx.user?.id !== userId) return null;
  return isPasswordHash((await withPasswordHash(ctx.db, userId))?.passwordHash);
}

/**
 * The current password of the signed-in account, before anything only its owner may do
 * (change the password or address, delete the account). Limited per account, so a stolen
 * session cannot guess the password to take the account over or erase it.
 */
export async function checkCurrentPassword(ctx: Context, field: string, password: string): Promise<User> {
  const me = requireUser(ctx);
  await consume("passwordCheck", me.id);
  const user = await withPasswordHash(ctx.db, me.id);
  if (!user || !(await verifyPassword(String(password).slice(0, 256), user.passwordHash ?? DUMMY_HASH))) {
    throw badInput({ [field]: "Wrong password" });
  }
  return user;
}

/** Queues the verification link for a new (or not yet verified) account, in the caller's transaction. */
export async function sendVerification(em: EntityManager, user: User): Promise<void> {
  const token = await issueAccountToken(em, user.id, AccountTokenPurpose.VERIFY_EMAIL);
  await mailVerifyEmail(em, user, token);
}

/** Sends the verification link again: signed in, not yet verified, a few times an hour. */
export async function resendVerificationEmail(ctx: Context): Promise<boolean> {
  const me = requireUser(ctx);
  if (me.emailVerified) throw conflict("This address is already confirmed");
  await consume("accountMail", `verify:${me.id}`);
  await ctx.db.transaction((em) => sendVerification(em, me));
  return true;
}

/**
 * Opens an e-mailed link: a sign-up verification confirms the address; an address-change
 * link makes the new address the account's (and confirmed). Anyone holding the link may
 * open it — it is the proof of owning the mailbox.
 */
export async function verifyEmail(db: DataSource, token: string): Promise<boolean> {
  try {
    return await db.transaction(async (em) => {
      const row =
        (await consumeAccountToken(em, AccountTokenPurpose.VERIFY_EMAIL, token)) ??
        (await consumeAccountToken(em, AccountTokenPurpose.CHANGE_EMAIL, token));
      if (!row) throw invalidToken();
      const user = await em.getRepository(User).findOneBy({ id: row.userId });
      if (!user) throw invalidToken();
      if (row.purpose === AccountTokenPurpose.CHANGE_EMAIL && row.newEmail) {
        if (await em.getRepository(User).existsBy({ email: row.newEmail })) {
          throw conflict("An account with this e-mail already exists");
        }
        const oldEmail = user.email;
        await em.getRepository(User).update(user.id, { email: row.newEmail, emailVerified: true });
        await mailAccountNotice(em, user, oldEmail, "emailChanged");
      } else {
        await em.getRepository(User).update(user.id, { emailVerified: true });
      }
      return true;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("An account with this e-mail already exists");
    throw err;
  }
}

/**
 * Starts a password reset. The answer is `true` and takes the same time whether or not
 * the address has an account (the same work is done, then the answer waits until
 * RESET_ANSWER_MS), so it reveals nothing; only a real account gets a link.
 */
export async function requestPasswordReset(db: DataSource, emailRaw: string, ip: string): Promise<boolean> {
  const started = Date.now();
  const email = emailRaw.trim().toLowerCase();
  try {
    await consume("accountMail", `reset-ip:${ip}`);
    await consume("accountMail", `reset:${email}`);
    await db.transaction(async (em) => {
      const user = await em.getRepository(User).findOneBy({ email });
      if (user) await mailResetPassword(em, user, await issueAccountToken(em, user.id, AccountTokenPurpose.RESET_PASSWORD));
    });
  } finally {
    const wait = RESET_ANSWER_MS - (Date.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return true;
}

/**
 * A new password shuts out whoever knew the old one: an address change they asked for
 * (its link went to their mailbox) would otherwise still hand them the account.
 */
const voidEmailChanges = (em: EntityManager, userId: string) => voidAccountTokens(em, userId, AccountTokenPurpose.CHANGE_EMAIL);

/**
 * Sets a new password with an e-mailed reset token. A weak password leaves the token
 * unused (the transaction rolls back). Every session of the account ends, and the
 * address counts as confirmed: the link reached its mailbox.
 */
export async function resetPassword(db: DataSource, token: string, newPassword: string): Promise<boolean> {
  return db.transaction(async (em) => {
    const row = await consumeAccountToken(em, AccountTokenPurpose.RESET_PASSWORD, token);
    if (!row) throw invalidToken();
    const user = await em.getRepository(User).findOneBy({ id: row.userId });
    if (!user) throw invalidToken();
    await checkNewPassword("newPassword", newPassword, user);
    await em.getRepository(User).update(user.id, { passwordHash: await hashPassword(newPassword), emailVerified: true });
    await endSessions(em, user.id);
    await voidEmailChanges(em, user.id);
    await mailAccountNotice(em, user, user.email, "passwordChanged");
    return true;
  });
}

/**
 * Changes the password of the signed-in person. Every other session ends; this one is
 * kept (the HTTP route re-issues its cookie with the new session version).
 */
export async function changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
  const user = await checkCurrentPassword(ctx, "currentPassword", currentPassword);
  await checkNewPassword("newPassword", newPassword, user);
  const hash = await hashPassword(newPassword);
  const version = await ctx.db.transaction(async (em) => {
    await em.getRepository(User).update(user.id, { passwordHash: hash });
    const v = await endSessions(em, user.id);
    await voidEmailChanges(em, user.id);
    await mailAccountNotice(em, user, user.email, "passwordChanged");
    return v;
  });
  ctx.keepSession.sessionVersion = version;
  return true;
}

/**
 * Asks to move the account to another address, confirmed by the password. The link goes
 * to the NEW address; the account keeps the old one until it is opened (verifyEmail).
 */
export async function requestEmailChange(ctx: Context, newEmailRaw: string, password: string): Promise<boolean> {
  const user = await checkCurrentPassword(ctx, "password", password);
  const newEmail = newEmailRaw.trim().toLowerCase();
  if (newEmail === user.email) throw badInput({ newEmail: "This is already your address" });
  await consume("accountMail", `change:${user.id}`);
  await ctx.db.transaction(async (em) => {
    if (await em.getRepository(User).existsBy({ email: newEmail })) {
      throw conflict("An account with this e-mail already exists");
    }
    const token = await issueAccountToken(em, user.id, AccountTokenPurpose.CHANGE_EMAIL, newEmail);
    await mailConfirmEmailChange(em, user, newEmail, token);
  });
  return true;
}
