import { MigrationInterface, QueryRunner } from "typeorm";

export class Trainings1764100002000 implements MigrationInterface {
    name = 'Trainings1764100002000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // training_audience is shared by trainings.audience (array) and registrations.audience.
        await queryRunner.query(`CREATE TYPE "public"."training_kind" AS ENUM('TRAINING', 'MEETING')`);
        await queryRunner.query(`CREATE TYPE "public"."training_audience" AS ENUM('OFFICIALS', 'PES', 'RESIDENTS')`);
        await queryRunner.query(`CREATE TABLE "trainings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."training_kind" NOT NULL DEFAULT 'TRAINING', "title" character varying(300) NOT NULL, "description" text, "venue" character varying(300) NOT NULL, "address" character varying(300), "online_url" character varying(500), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "registration_deadline" TIMESTAMP WITH TIME ZONE, "capacity" integer NOT NULL, "audience" "public"."training_audience" array NOT NULL, "officials_quota" integer, "pes_quota" integer, "residents_quota" integer, "topics" text array NOT NULL DEFAULT '{}', "trainers" text array NOT NULL DEFAULT '{}', "host" character varying(300), "consent_text" text, "ask_dietary" boolean NOT NULL DEFAULT false, "ask_accessibility" boolean NOT NULL DEFAULT false, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b67237502b175163e47dc85018d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_trainings_kind" ON "trainings"  ("kind") `);
        await queryRunner.query(`CREATE INDEX "IDX_trainings_created_by" ON "trainings"  ("created_by_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_trainings_starts_at" ON "trainings"  ("starts_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED')`);
        await queryRunner.query(`CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."registration_status" NOT NULL, "audience" "public"."training_audience" NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "cancelled_at" TIMESTAMP WITH TIME ZONE, "attended_at" TIMESTAMP WITH TIME ZONE, "cancel_token" character varying(64) NOT NULL, "check_in_code" character varying(16) NOT NULL, CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registrations_cancel_token" ON "registrations"  ("cancel_token") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registrations_check_in_code" ON "registrations"  ("training_id", "check_in_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_registrations_user" ON "registrations"  ("user_id", "registered_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_registrations_training_status" ON "registrations"  ("training_id", "status", "registered_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registrations_live" ON "registrations"  ("training_id", "user_id") WHERE "status" <> 'CANCELLED'`);
        await queryRunner.query(`ALTER TABLE "trainings" ADD CONSTRAINT "FK_c718b65c0de39e09e7c8a5b75bc" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "registrations" ADD CONSTRAINT "FK_d03aba46e476a15dd00e26a474c" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "registrations" ADD CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Filters by audience and topic use array containment (@>), which needs GIN.
        await queryRunner.query(`CREATE INDEX "IDX_trainings_audience_gin" ON "trainings" USING gin ("audience")`);
        await queryRunner.query(`CREATE INDEX "IDX_trainings_topics_gin" ON "trainings" USING gin ("topics")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_trainings_topics_gin"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_trainings_audience_gin"`);
        await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_6aacc9b213fd8c881af6c738ecf"`);
        await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_d03aba46e476a15dd00e26a474c"`);
        await queryRunner.query(`ALTER TABLE "trainings" DROP CONSTRAINT "FK_c718b65c0de39e09e7c8a5b75bc"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_registrations_live"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_registrations_training_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_registrations_user"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_registrations_check_in_code"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_registrations_cancel_token"`);
        await queryRunner.query(`DROP TABLE "registrations"`);
        await queryRunner.query(`DROP TYPE "public"."registration_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_trainings_starts_at"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_trainings_created_by"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_trainings_kind"`);
        await queryRunner.query(`DROP TABLE "trainings"`);
        await queryRunner.query(`DROP TYPE "public"."training_kind"`);
        await queryRunner.query(`DROP TYPE "public"."training_audience"`);
    }
}
