import type { MigrationInterface, QueryRunner } from "typeorm";
import { bumpOncePerTransaction, dropVersionTriggers, versionTriggers } from "./support/cache-version";

/**
 * Versions of the data behind cached public answers (server/result-cache.ts). A write to a
 * domain's tables bumps its version once per transaction, at commit (a deferred constraint
 * trigger: the version row is locked only at the very end, so two writers can never wait
 * on each other in opposite order), atomically with the data it changed.
 */
export class ResultCacheVersions1764101060000 implements MigrationInterface {
  name = "ResultCacheVersions1764101060000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "cache_versions" ("domain" character varying(32) NOT NULL, "version" bigint NOT NULL DEFAULT 0, CONSTRAINT "PK_cache_versions" PRIMARY KEY ("domain"))`);
    await q.query(`INSERT INTO "cache_versions" ("domain") VALUES ('premises')`);
    await q.query(bumpOncePerTransaction("CREATE"));
    for (const sql of versionTriggers("premises", "premises")) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const sql of dropVersionTriggers("premises", true)) await q.query(sql);
    await q.query(`DROP FUNCTION bump_cache_version()`);
    await q.query(`DROP TABLE "cache_versions"`);
  }
}
