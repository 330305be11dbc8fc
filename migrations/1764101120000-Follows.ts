import type { MigrationInterface, QueryRunner } from "typeorm";

/** What people follow (an organisation, a marketplace category, a district, a kind of training). */
export class Follows1764101120000 implements MigrationInterface {
  name = "Follows1764101120000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "follows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "value" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8988f607744e16ff79da3b8a627" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_follows_kind_value" ON "follows"  ("kind", "value")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_follows_user_kind_value" ON "follows"  ("user_id", "kind", "value")`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_941d172275662c2b9d8b9f4270c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_941d172275662c2b9d8b9f4270c"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_follows_user_kind_value"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_follows_kind_value"`);
    await queryRunner.query(`DROP TABLE "follows"`);
  }
}
