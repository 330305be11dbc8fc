import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "../../config";

export type TokenPurpose = "confirm" | "unsubscribe" | "notification-unsubscribe" | "notification-digest-unsubscribe";

export interface TokenPayload {
  /** subscriber id */
  s: string;
  /** confirmation nonce (confirm tokens) */
  n?: string;
  /** expiry, epoch seconds (confirm tokens; unsubscribe links never expire) */
  e?: number;
}

function sign(purpose: TokenPurpose, payload: string): string {
  return createHmac("sha256", config().secret).update(`newsletter:${purpose}\n${payload}`).digest("base64url");
}

/** A link token that only this server can make: payload + HMAC-SHA256 bound to its purpose. */
export function signNewsletterToken(purpose: TokenPurpose, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(purpose, body)}`;
}

/**
 * The payload of a token made by {@link signNewsletterToken} for `purpose`, or null when
 * it is garbled, forged, made for the other purpose, or expired.
 */
export function verifyNewsletterToken(purpose: TokenPurpose, token: string, now = new Date()): TokenPayload | null {
  if (typeof token !== "string" || token.length > 1000) return null;
  const dot = token.indexOf(".");
  if (dot <= 0) return null;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(purpose, body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!payload || typeof payload.s !== "string") return null;
  if (payload.e !== undefined && (typeof payload.e !== "number" || payload.e * 1000 < now.getTime())) return null;
  return payload;
}
