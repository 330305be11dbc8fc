import type { MigrationInterface, QueryRunner } from "typeorm";

/** The claims of notification digests: one row per person, period and period key, so each digest goes out once across nodes. */
export class NotificationDigests1764101110000 implements MigrationInterface {
  name = "NotificationDigests1764101110000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "period" character varying(10) NOT NULL, "period_key" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_digests_user_period" ON "notification_digests"  ("user_id", "period", "period_key")`);
    await queryRunner.query(`ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notification_digests_user_period"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
  }
}
