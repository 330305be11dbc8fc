import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Demands get public questions and answers, a public change history (amendments), and the
 * precise social clause (art. 94 / art. 96 Pzp / other) with an optional CPV code. Existing
 * demands with the social clause flag were reserved contracts (what the flag meant).
 */
export class DemandQuestionsAmendmentsClauses1764100400000 implements MigrationInterface {
  name = "DemandQuestionsAmendmentsClauses1764100400000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "demand_amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "created_by_id" uuid, "note" text NOT NULL, "description_changed" boolean NOT NULL DEFAULT false, "previous_deadline" TIMESTAMP WITH TIME ZONE, "new_deadline" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f0770afd8a82b0bd918c08f7c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_demand_amendments_created_by" ON "demand_amendments"  ("created_by_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_demand_amendments_demand" ON "demand_amendments"  ("demand_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "demand_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "demand_id" uuid NOT NULL, "asked_by_id" uuid, "question" text NOT NULL, "answer" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ec11eb59cf1fbce2ccbc6a9b97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_demand_questions_asked_by" ON "demand_questions"  ("asked_by_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_demand_questions_answered_by" ON "demand_questions"  ("answered_by_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_demand_questions_demand" ON "demand_questions"  ("demand_id", "created_at")`);
    await queryRunner.query(`CREATE TYPE "public"."demand_clause_type" AS ENUM('NONE', 'RESERVED_CONTRACT', 'EMPLOYMENT_CLAUSE', 'OTHER_SOCIAL_ASPECT')`);
    await queryRunner.query(`ALTER TABLE "demands" ADD "clause_type" "public"."demand_clause_type" NOT NULL DEFAULT 'NONE'`);
    await queryRunner.query(`ALTER TABLE "demands" ADD "cpv_code" character varying(10)`);
    await queryRunner.query(`CREATE INDEX "IDX_demands_clause_type" ON "demands"  ("clause_type")`);
    await queryRunner.query(`ALTER TABLE "demands" ADD CONSTRAINT "CHK_demands_cpv_code" CHECK ("cpv_code" ~ '^[0-9]{8}-[0-9]$')`);
    await queryRunner.query(`UPDATE "demands" SET "clause_type" = 'RESERVED_CONTRACT' WHERE "social_clause"`);
    await queryRunner.query(`ALTER TABLE "demands" ADD CONSTRAINT "CHK_demands_social_clause" CHECK ("social_clause" = ("clause_type" <> 'NONE'))`);
    await queryRunner.query(`ALTER TABLE "demand_amendments" ADD CONSTRAINT "FK_5f5053fa50fd11349db6981d746" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "demand_amendments" ADD CONSTRAINT "FK_4ada067d4f308298b01d31dfd88" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "demand_questions" ADD CONSTRAINT "FK_237cacd41be7681ca3be1b1884f" FOREIGN KEY ("demand_id") REFERENCES "demands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "demand_questions" ADD CONSTRAINT "FK_770e7604b75cd3396830dcce808" FOREIGN KEY ("asked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "demand_questions" ADD CONSTRAINT "FK_4531aed60a6a356d1c7b20f9c20" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "demand_questions" DROP CONSTRAINT "FK_4531aed60a6a356d1c7b20f9c20"`);
    await queryRunner.query(`ALTER TABLE "demand_questions" DROP CONSTRAINT "FK_770e7604b75cd3396830dcce808"`);
    await queryRunner.query(`ALTER TABLE "demand_questions" DROP CONSTRAINT "FK_237cacd41be7681ca3be1b1884f"`);
    await queryRunner.query(`ALTER TABLE "demand_amendments" DROP CONSTRAINT "FK_4ada067d4f308298b01d31dfd88"`);
    await queryRunner.query(`ALTER TABLE "demand_amendments" DROP CONSTRAINT "FK_5f5053fa50fd11349db6981d746"`);
    await queryRunner.query(`ALTER TABLE "demands" DROP CONSTRAINT "CHK_demands_social_clause"`);
    await queryRunner.query(`ALTER TABLE "demands" DROP CONSTRAINT "CHK_demands_cpv_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_demands_clause_type"`);
    await queryRunner.query(`ALTER TABLE "demands" DROP COLUMN "cpv_code"`);
    await queryRunner.query(`ALTER TABLE "demands" DROP COLUMN "clause_type"`);
    await queryRunner.query(`DROP TYPE "public"."demand_clause_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_demand_questions_demand"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_demand_questions_answered_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_demand_questions_asked_by"`);
    await queryRunner.query(`DROP TABLE "demand_questions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_demand_amendments_demand"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_demand_amendments_created_by"`);
    await queryRunner.query(`DROP TABLE "demand_amendments"`);
  }
}
