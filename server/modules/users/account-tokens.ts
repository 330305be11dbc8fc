import { randomBytes, timingSafeEqual } from "node:crypto";
import { IsNull, type EntityManager } from "typeorm";
import { AccountToken, AccountTokenPurpose } from "../../../entities/users";
import { lockOneWhere } from "../../ids";
import { linkTokenHash as hashOf } from "../../link-tokens";

/** How long an e-mailed link works. A reset link is a key to the account: one hour. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.VERIFY_EMAIL]: 7 * 24 * 3600 * 1000,
  [AccountTokenPurpose.RESET_PASSWORD]: 3600 * 1000,
  [AccountTokenPurpose.CHANGE_EMAIL]: 24 * 3600 * 1000,
};

/**
 * Issues a link token: 32 random bytes, of which only the SHA-256 is stored. Earlier
 * unused tokens of the same purpose stop working, so only the newest e-mail counts.
 * Returns the token for the e-mail (never store or log it).
 */
export async function issueAccountToken(
  em: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
  newEmail: string | null = null,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await voidAccountTokens(em, userId, purpose, now);
  await em.getRepository(AccountToken).insert({
    userId,
    purpose,
    tokenHash: hashOf(token),
    newEmail,
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
  });
  return token;
}

/** Makes the account's unused links of `purpose` stop working (as if used `at`). */
export async function voidAccountTokens(em: EntityManager, userId: string, purpose: AccountTokenPurpose, at = new Date()): Promise<void> {
  await em.getRepository(AccountToken).update({ userId, purpose, usedAt: IsNull() }, { usedAt: at });
}

/**
 * Uses a token once, inside the caller's transaction: the row is locked, so two requests
 * with the same link cannot both succeed. Returns null for an unknown, used or expired
 * token (the caller refuses all three alike).
 */
export async function consumeAccountToken(
  em: EntityManager,
  purpose: AccountTokenPurpose,
  token: string,
): Promise<AccountToken | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  const hash = hashOf(token);
  const row = await lockOneWhere(em, AccountToken, "row.tokenHash = :hash AND row.purpose = :purpose", { hash, purpose });
  // The lookup is by hash (an attacker learns nothing from its timing about the stored
  // value); the equality itself is still checked in constant time.
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, "hex"), Buffer.from(hash, "hex"))) return null;
  if (row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
  row.usedAt = new Date();
  await em.getRepository(AccountToken).update(row.id, { usedAt: row.usedAt });
  return row;
}
