import type { MigrationInterface, QueryRunner } from "typeorm";

/** Uploaded documents of letting-round applications: the attachments table gets a third owner, sealed like the application. */
export class LettingApplicationDocuments1764101310000 implements MigrationInterface {
  name = "LettingApplicationDocuments1764101310000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "marketplace_attachments" ADD "letting_application_id" uuid`);
    await q.query(`ALTER TABLE "marketplace_attachments" DROP CONSTRAINT "CHK_marketplace_attachments_one_owner"`);
    await q.query(`ALTER TABLE "marketplace_attachments" ADD CONSTRAINT "CHK_marketplace_attachments_one_owner" CHECK (num_nonnulls("demand_id", "offer_id", "letting_application_id") = 1)`);
    await q.query(`CREATE INDEX "IDX_marketplace_attachments_letting_application" ON "marketplace_attachments" ("letting_application_id") WHERE "letting_application_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "marketplace_attachments" ADD CONSTRAINT "FK_17bd27851f9f94b4ebdab573509" FOREIGN KEY ("letting_application_id") REFERENCES "premises_letting_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "marketplace_attachments" WHERE "letting_application_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "marketplace_attachments" DROP CONSTRAINT "FK_17bd27851f9f94b4ebdab573509"`);
    await q.query(`DROP INDEX "IDX_marketplace_attachments_letting_application"`);
    await q.query(`ALTER TABLE "marketplace_attachments" DROP CONSTRAINT "CHK_marketplace_attachments_one_owner"`);
    await q.query(`ALTER TABLE "marketplace_attachments" ADD CONSTRAINT "CHK_marketplace_attachments_one_owner" CHECK (num_nonnulls("demand_id", "offer_id") = 1)`);
    await q.query(`ALTER TABLE "marketplace_attachments" DROP COLUMN "letting_application_id"`);
  }
}
