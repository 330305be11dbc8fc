import { createHash } from "node:crypto";

/**
 * What is stored of a token that an e-mailed link carries: its SHA-256 in hex, so that a
 * copy of the database (a backup, a replica, a read-only report account) opens no link.
 * PostgreSQL computes the same: encode(sha256(convert_to(token, 'UTF8')), 'hex').
 */
export function linkTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
