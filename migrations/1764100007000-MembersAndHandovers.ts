import type { MigrationInterface, QueryRunner } from "typeorm";

/** Members' function titles; handover and return records of equipment requests and bookings. */
export class MembersAndHandovers1764100007000 implements MigrationInterface {
  name = "MembersAndHandovers1764100007000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_memberships" ADD "title" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "handed_over_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "handed_over_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "returned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "returned_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "return_condition" character varying(60)`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "return_note" text`);
    await queryRunner.query(`ALTER TABLE "item_requests" ADD "handed_over_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "item_requests" ADD "handed_over_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "item_requests" ADD "handover_note" text`);
    // Returns recorded before this migration: their last change is the best moment we know.
    await queryRunner.query(`UPDATE "bookings" SET "returned_at" = "updated_at" WHERE "status" = 'RETURNED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "item_requests" DROP COLUMN "handover_note"`);
    await queryRunner.query(`ALTER TABLE "item_requests" DROP COLUMN "handed_over_by_id"`);
    await queryRunner.query(`ALTER TABLE "item_requests" DROP COLUMN "handed_over_at"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "return_note"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "return_condition"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "returned_by_id"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "returned_at"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "handed_over_by_id"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "handed_over_at"`);
    await queryRunner.query(`ALTER TABLE "organization_memberships" DROP COLUMN "title"`);
  }
}
