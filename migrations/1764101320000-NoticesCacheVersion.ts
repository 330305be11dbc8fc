import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The equipment base's listed notices join the result cache (server/result-cache.ts): their
 * own version, bumped at the commit of any write to `equipment_notices` like the premises'
 * (migration 1764101060000's function). Expiry needs no write: cached answers say until when
 * they hold (the next `expires_at`, found through IDX_equipment_notices_expires_at).
 */
export class NoticesCacheVersion1764101320000 implements MigrationInterface {
  name = "NoticesCacheVersion1764101320000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO "cache_versions" ("domain") VALUES ('notices')`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_equipment_notices_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "equipment_notices" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version('notices')`);
    await q.query(`CREATE TRIGGER "TRG_equipment_notices_cache_version_truncate" AFTER TRUNCATE ON "equipment_notices" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('notices')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_equipment_notices_cache_version_truncate" ON "equipment_notices"`);
    await q.query(`DROP TRIGGER "TRG_equipment_notices_cache_version" ON "equipment_notices"`);
    await q.query(`DELETE FROM "cache_versions" WHERE "domain" = 'notices'`);
  }
}
