import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const MAX = 10_000;
const decoded = new Map<string, JWT>();

/**
 * next-auth's `decode` with a per-process memory of tokens already decrypted: decoding a
 * session cookie derives the key (HKDF) and decrypts the JWE on every request (~4 % of a
 * signed-in request's CPU). The same cookie string always decodes to the same claims, so
 * only its expiry has to be checked again; an expired one goes back through next-auth
 * (which refuses it). What the claims allow is still decided per request (the session
 * version and the account are read from the database, see server/auth/session.ts).
 */
export async function decodeCached(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return decode(params);
  const key = `${String(params.secret)}\u0000${params.salt ?? ""}\u0000${params.token}`;
  const hit = decoded.get(key);
  if (hit && (typeof hit.exp !== "number" || hit.exp * 1000 > Date.now())) return hit;
  decoded.delete(key);
  const claims = await decode(params);
  if (claims && typeof claims.exp === "number") {
    if (decoded.size >= MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, claims);
  }
  return claims;
}
