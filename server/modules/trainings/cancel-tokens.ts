import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Registration } from "../../../entities/trainings";
import { linkTokenHash } from "../../link-tokens";

/**
 * The token of a registration's e-mailed links (cancel, and after the event the feedback
 * survey). Only its hash is stored (server/link-tokens.ts), as for account links: the
 * plain token exists in the e-mail that is queued when it is made, nowhere else.
 */
export function newCancelToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * New tokens for registrations whose later e-mail carries a link (a promotion from the
 * waiting list, the feedback survey): the stored hash cannot give the old token back, so
 * a fresh one is made and the links of earlier e-mails stop working. Returns id → token.
 */
export async function renewCancelTokens(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const tokens = new Map(ids.map((id) => [id, newCancelToken()]));
  if (!ids.length) return tokens;
  await em.query(
    `UPDATE registrations r SET cancel_token = v.hash FROM unnest($1::uuid[], $2::text[]) AS v(id, hash) WHERE r.id = v.id`,
    [ids, ids.map((id) => linkTokenHash(tokens.get(id)!))],
  );
  return tokens;
}

/** The registration a link's token stands for, or null (a token of the wrong shape is not looked up). */
export async function registrationByToken(em: EntityManager, token: string): Promise<Registration | null> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return em.getRepository(Registration).findOneBy({ cancelToken: linkTokenHash(token) });
}
