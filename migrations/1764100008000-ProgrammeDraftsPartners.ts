import { MigrationInterface, QueryRunner } from "typeorm";

/** Programme pages get drafts like news, the programme's partners a table, newsletter issues an English subject/intro. */
export class ProgrammeDraftsPartners1764100008000 implements MigrationInterface {
  name = "ProgrammeDraftsPartners1764100008000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "programme_partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "url" character varying(500) NOT NULL, "description" character varying(600), "position" integer NOT NULL DEFAULT '0', "logo_key" character varying(64), "logo_width" integer, "logo_height" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a89cb16b8c3aeb59a9e0231b586" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_programme_partners_position" ON "programme_partners"  ("position", "name") `);
    await queryRunner.query(`ALTER TABLE "newsletter_issues" ADD "subject_en" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "newsletter_issues" ADD "intro_en" text`);
    await queryRunner.query(`ALTER TABLE "programme_pages" ADD "draft_title" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "programme_pages" ADD "draft_body" text`);
    await queryRunner.query(`ALTER TABLE "programme_pages" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    // Every existing section was live the moment it was saved.
    await queryRunner.query(`UPDATE "programme_pages" SET "published_at" = "updated_at"`);
    await queryRunner.query(`ALTER TABLE "programme_page_revisions" ADD "kind" character varying(20) NOT NULL DEFAULT 'UPDATE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_page_revisions" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "programme_pages" DROP COLUMN "published_at"`);
    await queryRunner.query(`ALTER TABLE "programme_pages" DROP COLUMN "draft_body"`);
    await queryRunner.query(`ALTER TABLE "programme_pages" DROP COLUMN "draft_title"`);
    await queryRunner.query(`ALTER TABLE "newsletter_issues" DROP COLUMN "intro_en"`);
    await queryRunner.query(`ALTER TABLE "newsletter_issues" DROP COLUMN "subject_en"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_programme_partners_position"`);
    await queryRunner.query(`DROP TABLE "programme_partners"`);
  }
}
