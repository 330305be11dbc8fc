import type { DataSource } from "typeorm";
import { ApprovalStatus, AccountType, Role, User } from "../../../entities/users";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../../auth/password";
import { conflict } from "../../errors";
import { toLocale } from "../../../entities/locales";
import { mailWelcome } from "./account.mail";
import { RateLimitedError, checkBackoff, consume, forgetFailures, recordFailure } from "../../rate-limit";
import { checkNewPassword, sendVerification } from "./account-lifecycle.service";
import type { SignUpArgs } from "./users.inputs";
import { termsOnSignUp } from "./terms.service";
import { isUniqueViolation } from "../../db-errors";

/**
 * Creates an account and e-mails the verification link; the account acts only once the
 * address is confirmed. Residents are active then; officials wait for an admin, and PES
 * accounts for their organisation to be verified — until then both act as residents.
 */
export async function signUp(db: DataSource, input: SignUpArgs, ip: string): Promise<User> {
  await consume("signUp", ip);
  const email = input.email.toLowerCase();
  await checkNewPassword("password", input.password, { email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (em) => {
      if (await em.getRepository(User).existsBy({ email })) {
        throw conflict("An account with this e-mail already exists");
      }
      const user = em.getRepository(User).create({
        email,
        name: input.name,
        passwordHash,
        role: Role.RESIDENT,
        accountType: input.accountType,
        approvalStatus: input.accountType === AccountType.OFFICIAL ? ApprovalStatus.PENDING : ApprovalStatus.NONE,
        ...(await termsOnSignUp(em, input.acceptTerms)),
        emailVerified: false,
        locale: toLocale(input.locale),
      });
      await em.save(user);
      await sendVerification(em, user);
      await mailWelcome(em, user);
      delete (user as Partial<User>).passwordHash;
      return user;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("An account with this e-mail already exists");
    throw err;
  }
}

/** The account is linked to the city's OpenID provider: it signs in there, never with a password. */
export class CityAccountError extends Error {
  constructor() {
    super("This account signs in with the city's account");
    this.name = "CityAccountError";
  }
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

/**
 * Checks an e-mail and password. Only failures count, per account and per client address
 * separately; past a few of them the account (or the address) must wait a growing delay
 * (RATE_LIMITED with `retryAfter`), during which no password is even checked. A failure
 * says nothing about which part was wrong; a success forgets the account's failures.
 */
export async function verifyCredentials(
  db: DataSource,
  emailRaw: string,
  password: string,
  ip: string,
): Promise<SignedInUser | null> {
  const email = String(emailRaw ?? "").trim().toLowerCase().slice(0, 254);
  if (email) await checkBackoff("signInAccount", email);
  await checkBackoff("signInAddress", ip);
  const user = email
    ? await db
        .getRepository(User)
        .createQueryBuilder("u")
        .addSelect("u.passwordHash")
        .addSelect("u.oidcSubject")
        .where("u.email = :email", { email })
        .getOne()
    : null;
  const ok = await verifyPassword(String(password ?? "").slice(0, 256), user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    const [forAccount, forAddress] = await Promise.all([
      email ? recordFailure("signInAccount", email) : 0,
      recordFailure("signInAddress", ip),
    ]);
    const wait = Math.max(forAccount, forAddress);
    // Said now rather than at the next attempt, so the person knows before typing again.
    if (wait > 0) throw new RateLimitedError(wait);
    return null;
  }
  await forgetFailures("signInAccount", email);
  // Said only after the right password, so it tells nothing to someone guessing addresses.
  if (user.oidcSubject) throw new CityAccountError();
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
