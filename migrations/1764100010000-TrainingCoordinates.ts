import type { MigrationInterface, QueryRunner } from "typeorm";

/** Trainings and meetings get the venue's coordinates, so their page can show it on a map. */
export class TrainingCoordinates1764100010000 implements MigrationInterface {
  name = "TrainingCoordinates1764100010000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainings" ADD "latitude" double precision, ADD "longitude" double precision`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainings" DROP COLUMN "longitude", DROP COLUMN "latitude"`);
  }
}
