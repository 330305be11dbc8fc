import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Loans, the parts after the approval: the owner's conditions on a LEND notice (deposit,
 * pick-up place and hours, notes), the borrower's confirmation of receipt, and a pending
 * extension of an approved booking (the new last day, and the last refusal with its reason).
 */
export class LoanTerms1764100500000 implements MigrationInterface {
  name = "LoanTerms1764100500000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "equipment_notices" ADD "deposit" numeric(12,2)`);
    await queryRunner.query(`ALTER TABLE "equipment_notices" ADD "pickup_place" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "equipment_notices" ADD "pickup_hours" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "equipment_notices" ADD "loan_notes" text`);
    await queryRunner.query(`ALTER TABLE "equipment_notices" ADD CONSTRAINT "CHK_equipment_notices_deposit" CHECK ("deposit" IS NULL OR "deposit" >= 0)`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "received_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "extension_to" date`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "extension_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "extension_refused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "extension_refusal_reason" text`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "CHK_bookings_extension_after_end" CHECK ("extension_to" IS NULL OR "extension_to" > "to_date")`);
    // The reminder job looks for approved bookings by their first and last day.
    await queryRunner.query(`CREATE INDEX "IDX_bookings_approved_days" ON "bookings" ("from_date", "to_date") WHERE "status" = 'APPROVED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_bookings_approved_days"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "CHK_bookings_extension_after_end"`);
    for (const c of ["extension_refusal_reason", "extension_refused_at", "extension_requested_at", "extension_to", "received_at"]) {
      await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "${c}"`);
    }
    await queryRunner.query(`ALTER TABLE "equipment_notices" DROP CONSTRAINT "CHK_equipment_notices_deposit"`);
    for (const c of ["loan_notes", "pickup_hours", "pickup_place", "deposit"]) {
      await queryRunner.query(`ALTER TABLE "equipment_notices" DROP COLUMN "${c}"`);
    }
  }
}
