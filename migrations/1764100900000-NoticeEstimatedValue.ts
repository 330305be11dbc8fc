import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The estimated value of an item on a notice (optional, PLN), so that the programme's
 * figures can say what reuse through the marketplace was worth, where owners give it.
 */
export class NoticeEstimatedValue1764100900000 implements MigrationInterface {
  name = "NoticeEstimatedValue1764100900000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "equipment_notices" ADD "estimated_value" numeric(12,2)`);
    await queryRunner.query(
      `ALTER TABLE "equipment_notices" ADD CONSTRAINT "CHK_equipment_notices_estimated_value" CHECK ("estimated_value" IS NULL OR "estimated_value" >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "equipment_notices" DROP CONSTRAINT "CHK_equipment_notices_estimated_value"`);
    await queryRunner.query(`ALTER TABLE "equipment_notices" DROP COLUMN "estimated_value"`);
  }
}
