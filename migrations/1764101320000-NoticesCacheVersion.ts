import type { MigrationInterface, QueryRunner } from "typeorm";
import { dropVersionTriggers, versionTriggers } from "./support/cache-version";

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
    for (const sql of versionTriggers("equipment_notices", "notices")) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const sql of dropVersionTriggers("equipment_notices", true)) await q.query(sql);
    await q.query(`DELETE FROM "cache_versions" WHERE "domain" = 'notices'`);
  }
}
