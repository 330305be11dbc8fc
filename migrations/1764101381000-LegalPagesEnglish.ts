import type { MigrationInterface, QueryRunner } from "typeorm";
import { PRIVACY_PAGE, PRIVACY_PAGE_EN, TERMS_PAGE, TERMS_PAGE_EN } from "../server/modules/users/privacy.seed-data";

/**
 * English versions of the privacy notice and the terms, only where the Polish text is still
 * the first one and no edit is pending: a translation of a text an admin has changed since
 * would say something else. The publication time stays, so the terms version (and what
 * users accepted) does not change; a revision records the new text.
 */
const PAGES = [
  [PRIVACY_PAGE, PRIVACY_PAGE_EN],
  [TERMS_PAGE, TERMS_PAGE_EN],
] as const;

export class LegalPagesEnglish1764101381000 implements MigrationInterface {
  name = "LegalPagesEnglish1764101381000";

  public async up(q: QueryRunner): Promise<void> {
    for (const [pl, en] of PAGES) {
      await q.query(
        `WITH page AS (
           UPDATE "programme_pages" SET "title_en" = $2, "body_en" = $3
            WHERE "key" = $1 AND "body" = $4 AND "title_en" IS NULL AND "draft_title" IS NULL
           RETURNING "id", "title", "body", "title_en", "body_en"
         )
         INSERT INTO "programme_page_revisions" ("page_id", "title", "body", "title_en", "body_en", "kind")
         SELECT "id", "title", "body", "title_en", "body_en", 'UPDATE' FROM page`,
        [pl.key, en.titleEn, en.bodyEn, pl.body],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [pl, en] of PAGES) {
      await q.query(`UPDATE "programme_pages" SET "title_en" = NULL, "body_en" = NULL WHERE "key" = $1 AND "body_en" = $2`, [pl.key, en.bodyEn]);
    }
  }
}
