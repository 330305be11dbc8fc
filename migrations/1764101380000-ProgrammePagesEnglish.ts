import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An optional English version of each programme page (the /programme sections, the privacy
 * notice, the terms): published and pending like the Polish text, and kept in its revisions.
 * Only additions, so the previous release keeps serving during a rolling upgrade.
 */
export class ProgrammePagesEnglish1764101380000 implements MigrationInterface {
  name = "ProgrammePagesEnglish1764101380000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "programme_pages" ADD "title_en" character varying(200), ADD "body_en" text,
         ADD "draft_title_en" character varying(200), ADD "draft_body_en" text`,
    );
    await q.query(`ALTER TABLE "programme_page_revisions" ADD "title_en" character varying(200), ADD "body_en" text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programme_page_revisions" DROP COLUMN "body_en", DROP COLUMN "title_en"`);
    await q.query(
      `ALTER TABLE "programme_pages" DROP COLUMN "draft_body_en", DROP COLUMN "draft_title_en", DROP COLUMN "body_en", DROP COLUMN "title_en"`,
    );
  }
}
