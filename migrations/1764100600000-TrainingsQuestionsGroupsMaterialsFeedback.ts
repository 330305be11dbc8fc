import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Trainings, end to end: the organiser's own registration questions, colleagues
 * registered in a group (each a person with a seat of their own), materials (files and
 * links) and the anonymous feedback survey (answers kept apart from who answered).
 */
export class TrainingsQuestionsGroupsMaterialsFeedback1764100600000 implements MigrationInterface {
  name = "TrainingsQuestionsGroupsMaterialsFeedback1764100600000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "trainings" ADD "questions" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "registrations" ADD "attendee_name" character varying(200)`);
    await q.query(`ALTER TABLE "registrations" ADD "attendee_email" character varying(320)`);
    // The account's own live registration stays unique; a colleague's is unique by e-mail.
    await q.query(`DROP INDEX "public"."UQ_registrations_live"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_registrations_live" ON "registrations" ("training_id", "user_id") WHERE "status" <> 'CANCELLED' AND "attendee_email" IS NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_registrations_live_guest" ON "registrations" ("training_id", "attendee_email") WHERE "status" <> 'CANCELLED' AND "attendee_email" IS NOT NULL`);
    await q.query(`CREATE TABLE "training_materials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "link_url" character varying(1000), "file_key" character varying(100), "file_name" character varying(255), "content_type" character varying(200), "size" integer, "public" boolean NOT NULL DEFAULT false, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c5f58bee5ce1af3378a5d3e671" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_training_materials_file_key" ON "training_materials" ("file_key") WHERE "file_key" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_training_materials_training" ON "training_materials" ("training_id", "created_at")`);
    await q.query(`ALTER TABLE "training_materials" ADD CONSTRAINT "FK_7deb98c950b83e424fe689697cd" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Feedback: who has answered, and the answers, in two tables with nothing in common
    // but the training (see entities/trainings/feedback.entity.ts).
    await q.query(`CREATE TABLE "training_feedback_given" ("registration_id" uuid NOT NULL, CONSTRAINT "PK_23322434d87c70ae165356fa739" PRIMARY KEY ("registration_id"))`);
    await q.query(`ALTER TABLE "training_feedback_given" ADD CONSTRAINT "FK_23322434d87c70ae165356fa739" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`CREATE TABLE "training_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_id" uuid NOT NULL, "rating" smallint NOT NULL, "useful" text, "improve" text, CONSTRAINT "PK_3b3bca21491317014824c0a9bd8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_training_feedback_training" ON "training_feedback" ("training_id")`);
    await q.query(`ALTER TABLE "training_feedback" ADD CONSTRAINT "FK_867a1655f1fb09c778ba8f0fdba" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "training_feedback"`);
    await q.query(`DROP TABLE "training_feedback_given"`);
    await q.query(`DROP TABLE "training_materials"`);
    await q.query(`DROP INDEX "public"."UQ_registrations_live_guest"`);
    await q.query(`DROP INDEX "public"."UQ_registrations_live"`);
    await q.query(`DELETE FROM "registrations" WHERE "attendee_email" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_registrations_live" ON "registrations" ("training_id", "user_id") WHERE "status" <> 'CANCELLED'`);
    await q.query(`ALTER TABLE "registrations" DROP COLUMN "attendee_email", DROP COLUMN "attendee_name"`);
    await q.query(`ALTER TABLE "trainings" DROP COLUMN "questions"`);
  }
}
