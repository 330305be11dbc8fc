import type { MigrationInterface, QueryRunner } from "typeorm";
import { PRIVACY_PAGE, TERMS_PAGE } from "../server/modules/users/privacy.seed-data";

/**
 * RODO: deleted (anonymised) accounts, the accepted terms version, reasons of approval
 * decisions, and the privacy notice and terms as editable programme pages. Accounts that
 * existed before are taken to have accepted the first terms version when they signed up.
 */
export class AccountsPrivacy1764100030000 implements MigrationInterface {
  name = "AccountsPrivacy1764100030000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "terms_version" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "terms_accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "approval_reason" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "approval_decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "rejected_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "rejection_reason" character varying(1000)`);
    for (const [i, p] of [PRIVACY_PAGE, TERMS_PAGE].entries()) {
      // Millisecond precision: the terms version is the publication time as JavaScript prints it.
      await queryRunner.query(
        `INSERT INTO "programme_pages" ("key", "title", "body", "position", "published_at")
         VALUES ($1, $2, $3, $4, date_trunc('milliseconds', now())) ON CONFLICT ("key") DO NOTHING`,
        [p.key, p.title, p.body, 100 + i],
      );
      await queryRunner.query(
        `INSERT INTO "programme_page_revisions" ("page_id", "title", "body", "kind")
         SELECT id, title, body, 'CREATE' FROM "programme_pages" WHERE "key" = $1`,
        [p.key],
      );
    }
    await queryRunner.query(
      `UPDATE "users" SET "terms_version" = to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
              "terms_accepted_at" = "users"."created_at"
         FROM "programme_pages" p WHERE p.key = 'terms'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "programme_pages" WHERE "key" IN ('privacy', 'terms')`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "rejection_reason"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "rejected_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "approval_decided_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "approval_reason"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "terms_accepted_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "terms_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
  }
}
