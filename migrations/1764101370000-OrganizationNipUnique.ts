import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One organisation per NIP. Registration and the profile form checked it before writing,
 * but two requests at the same moment both passed the check; the index now refuses the
 * second. Organisations that already share a NIP stop the migration with their names: which
 * of them keeps it is for an administrator to decide, not for a migration.
 */
export class OrganizationNipUnique1764101370000 implements MigrationInterface {
  name = "OrganizationNipUnique1764101370000";

  public async up(q: QueryRunner): Promise<void> {
    const shared: { nip: string; names: string }[] = await q.query(
      `SELECT "nip", string_agg("name", ', ' ORDER BY "created_at") AS "names" FROM "organizations" WHERE "nip" IS NOT NULL GROUP BY "nip" HAVING count(*) > 1`,
    );
    if (shared.length > 0) {
      const list = shared.map((s) => `${s.nip}: ${s.names}`).join("; ");
      throw new Error(`Organisations share a NIP (${list}); clear it on all but one of each, then migrate again`);
    }
    await q.query(`CREATE UNIQUE INDEX "UQ_organizations_nip" ON "organizations" ("nip") WHERE "nip" IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."UQ_organizations_nip"`);
  }
}
