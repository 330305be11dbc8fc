import type { MigrationInterface, QueryRunner } from "typeorm";
import { bumpKeepingRows, bumpOncePerTransaction, dropVersionTriggers, versionTriggers } from "./support/cache-version";

/**
 * The rows behind a version bump of the result cache (server/result-cache.ts), for the
 * premises and the equipment notices:
 * each changed row as it was before and after the change, tagged with the version its
 * transaction made. A cached search answer of an older version is still exact when no
 * row of those changes — before or after — matches its filter; the cache checks that with
 * the search's own WHERE over these rows instead of running the search again.
 * A transaction that changes more than 100 rows of the domain (an import), a TRUNCATE, or
 * pruning (rows older than ten minutes, a job), or a transaction that forbids keeping its
 * rows (`pestor.cache_rows_off`: an account's erasure), moves `rows_from`: answers of a
 * version before it are always computed again.
 */
export class CacheChangeRows1764101330000 implements MigrationInterface {
  name = "CacheChangeRows1764101330000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cache_versions" ADD "rows_from" bigint NOT NULL DEFAULT 0`);
    await q.query(`UPDATE "cache_versions" SET "rows_from" = "version"`);
    await q.query(
      `CREATE TABLE "cache_change_rows" ("id" bigserial NOT NULL, "domain" character varying(32) NOT NULL, "version" bigint NOT NULL, "image" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cache_change_rows" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_cache_change_rows_domain_version" ON "cache_change_rows" ("domain", "version")`);
    await q.query(bumpKeepingRows(false));
    for (const sql of [...dropVersionTriggers("premises"), ...versionTriggers("premises", "premises", "'rows'")]) await q.query(sql);
    for (const sql of [...dropVersionTriggers("equipment_notices"), ...versionTriggers("equipment_notices", "notices", "'rows'")]) await q.query(sql);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const sql of [...dropVersionTriggers("equipment_notices"), ...versionTriggers("equipment_notices", "notices")]) await q.query(sql);
    for (const sql of [...dropVersionTriggers("premises"), ...versionTriggers("premises", "premises")]) await q.query(sql);
    await q.query(bumpOncePerTransaction("CREATE OR REPLACE"));
    await q.query(`DROP TABLE "cache_change_rows"`);
    await q.query(`ALTER TABLE "cache_versions" DROP COLUMN "rows_from"`);
  }
}
