import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organisations may upload their logo (stored by the app) instead of linking an external image. */
export class OrganizationLogos1764100011000 implements MigrationInterface {
  name = "OrganizationLogos1764100011000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "logo_key" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "logo_key"`);
  }
}
