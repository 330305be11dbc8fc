import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One organisation per uploaded logo: a logo's key is public (its address), and a second
 * organisation holding it deleted the first one's file when it removed or replaced "its" logo.
 * A key already shared stays with the oldest organisation (the others show no uploaded logo;
 * their external address, if any, shows again), so the index can be built.
 */
export class OrganizationLogoKeyUnique1764101390000 implements MigrationInterface {
  name = "OrganizationLogoKeyUnique1764101390000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "organizations" o SET "logo_key" = NULL
        WHERE o."logo_key" IS NOT NULL AND EXISTS (
          SELECT 1 FROM "organizations" p
           WHERE p."logo_key" = o."logo_key" AND (p."created_at", p."id") < (o."created_at", o."id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_organizations_logo_key" ON "organizations" ("logo_key") `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_organizations_logo_key"`);
  }
}
