import { MigrationInterface, QueryRunner } from "typeorm";

/** Viewing slots and bookings, letting rounds and their sealed applications (issue 17, items 6 and 7). */

export class PremisesViewingsLetting1764100700000 implements MigrationInterface {
    name = 'PremisesViewingsLetting1764100700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "premises_letting_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "minimum_rent" numeric(12,2) NOT NULL, "permitted_use" character varying(500), "preferential_rent" boolean NOT NULL DEFAULT false, "documents" text, "status" character varying(16) NOT NULL DEFAULT 'OPEN', "awarded_application_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_premises_letting_rounds_minimum_rent" CHECK ("minimum_rent" >= 0), CONSTRAINT "PK_33087b4a75f94fe9739fac68950" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_letting_rounds_open" ON "premises_letting_rounds"  ("premises_id") WHERE "status" = 'OPEN'`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_letting_rounds_premises" ON "premises_letting_rounds"  ("premises_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "premises_letting_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid, "proposed_rent" numeric(12,2) NOT NULL, "intended_use" text NOT NULL, "attachments" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_premises_letting_applications_rent" CHECK ("proposed_rent" > 0), CONSTRAINT "PK_1304a107dad35e343b6c0172dff" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_letting_applications_organization" ON "premises_letting_applications"  ("organization_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_letting_applications_round_org" ON "premises_letting_applications"  ("round_id", "organization_id") `);
        await queryRunner.query(`CREATE TABLE "premises_viewing_slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "capacity" integer NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_premises_viewing_slots_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "CHK_premises_viewing_slots_capacity" CHECK ("capacity" BETWEEN 1 AND 100), CONSTRAINT "PK_77388db15f3367c360dbe064be1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_viewing_slots_starts" ON "premises_viewing_slots"  ("starts_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_premises_viewing_slots_premises_starts" ON "premises_viewing_slots"  ("premises_id", "starts_at") `);
        await queryRunner.query(`CREATE TABLE "premises_viewing_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slot_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid, "cancel_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ad954316343984cd59e6d221f74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_premises_viewing_bookings_user" ON "premises_viewing_bookings"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_viewing_bookings_cancel_token" ON "premises_viewing_bookings"  ("cancel_token") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_premises_viewing_bookings_active" ON "premises_viewing_bookings"  ("slot_id", "user_id") WHERE "cancelled_at" IS NULL`);
        await queryRunner.query(`ALTER TABLE "premises_letting_rounds" ADD CONSTRAINT "FK_7426bb4bed4f67264cad26a0404" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_letting_rounds" ADD CONSTRAINT "FK_c3e5838dc540c99ba33138eda5a" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_letting_applications" ADD CONSTRAINT "FK_e734b1dd262ac0457e976caf3f4" FOREIGN KEY ("round_id") REFERENCES "premises_letting_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_letting_applications" ADD CONSTRAINT "FK_9c687a0a0b532a635f87be7e444" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_letting_applications" ADD CONSTRAINT "FK_009543d57e80b2c5b229d4d8bf1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_slots" ADD CONSTRAINT "FK_79239e456b7500b9dfd3539a2d6" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_slots" ADD CONSTRAINT "FK_847032b3913e96de92c6f328f04" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_bookings" ADD CONSTRAINT "FK_3d989c197a38a4b7c382f42c6b9" FOREIGN KEY ("slot_id") REFERENCES "premises_viewing_slots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_bookings" ADD CONSTRAINT "FK_2793d290c50c1e65b5bd2d91f14" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_bookings" ADD CONSTRAINT "FK_81b0d45aaed460ee65c3335867f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "premises_viewing_bookings" DROP CONSTRAINT "FK_81b0d45aaed460ee65c3335867f"`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_bookings" DROP CONSTRAINT "FK_2793d290c50c1e65b5bd2d91f14"`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_bookings" DROP CONSTRAINT "FK_3d989c197a38a4b7c382f42c6b9"`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_slots" DROP CONSTRAINT "FK_847032b3913e96de92c6f328f04"`);
        await queryRunner.query(`ALTER TABLE "premises_viewing_slots" DROP CONSTRAINT "FK_79239e456b7500b9dfd3539a2d6"`);
        await queryRunner.query(`ALTER TABLE "premises_letting_applications" DROP CONSTRAINT "FK_009543d57e80b2c5b229d4d8bf1"`);
        await queryRunner.query(`ALTER TABLE "premises_letting_applications" DROP CONSTRAINT "FK_9c687a0a0b532a635f87be7e444"`);
        await queryRunner.query(`ALTER TABLE "premises_letting_applications" DROP CONSTRAINT "FK_e734b1dd262ac0457e976caf3f4"`);
        await queryRunner.query(`ALTER TABLE "premises_letting_rounds" DROP CONSTRAINT "FK_c3e5838dc540c99ba33138eda5a"`);
        await queryRunner.query(`ALTER TABLE "premises_letting_rounds" DROP CONSTRAINT "FK_7426bb4bed4f67264cad26a0404"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_viewing_bookings_active"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_viewing_bookings_cancel_token"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_viewing_bookings_user"`);
        await queryRunner.query(`DROP TABLE "premises_viewing_bookings"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_viewing_slots_premises_starts"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_viewing_slots_starts"`);
        await queryRunner.query(`DROP TABLE "premises_viewing_slots"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_letting_applications_round_org"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_letting_applications_organization"`);
        await queryRunner.query(`DROP TABLE "premises_letting_applications"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_premises_letting_rounds_premises"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_premises_letting_rounds_open"`);
        await queryRunner.query(`DROP TABLE "premises_letting_rounds"`);
    }

}
