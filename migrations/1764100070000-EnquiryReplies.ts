import type { MigrationInterface, QueryRunner } from "typeorm";

/** Premises enquiries get a state and the official's reply (a trace for both sides). */
export class EnquiryReplies1764100070000 implements MigrationInterface {
  name = "EnquiryReplies1764100070000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD "status" character varying(16) NOT NULL DEFAULT 'NEW'`);
    await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD "reply" text`);
    await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD "replied_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD "replied_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "premises_enquiries" ADD "handled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_premises_enquiries_status" ON "premises_enquiries" ("status", "premises_id")`);
    await queryRunner.query(
      `ALTER TABLE "premises_enquiries" ADD CONSTRAINT "FK_3ddc8df05c1c50011b1f71cef19" FOREIGN KEY ("replied_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "premises_enquiries" DROP CONSTRAINT "FK_3ddc8df05c1c50011b1f71cef19"`);
    await queryRunner.query(`DROP INDEX "IDX_premises_enquiries_status"`);
    for (const c of ["handled_at", "replied_by_id", "replied_at", "reply", "status"]) {
      await queryRunner.query(`ALTER TABLE "premises_enquiries" DROP COLUMN "${c}"`);
    }
  }
}
