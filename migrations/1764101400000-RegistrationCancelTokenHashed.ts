import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Registration link tokens are stored as their SHA-256 (hex, of the UTF-8 text), as account
 * tokens are (server/link-tokens.ts): links already e-mailed keep working, since a lookup
 * hashes the token it is given. Hashed stored values are 64 characters; the plain ones
 * were 32, so a value of 64 is never hashed a second time.
 */
export class RegistrationCancelTokenHashed1764101400000 implements MigrationInterface {
  name = "RegistrationCancelTokenHashed1764101400000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "registrations" SET "cancel_token" = encode(sha256(convert_to("cancel_token", 'UTF8')), 'hex')
        WHERE length("cancel_token") <> 64`,
    );
  }

  public async down(): Promise<void> {
    // A hash gives no token back; the links keep working only with the hashed lookup.
  }
}
