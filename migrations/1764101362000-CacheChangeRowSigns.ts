import type { MigrationInterface, QueryRunner } from "typeorm";
import { bumpKeepingRows } from "./support/cache-version";

/**
 * Each kept changed row (migration CacheChangeRows) says which side of its change it is:
 * `sign` −1 for the row as it was before (an update's or a delete's), +1 for the row after
 * (an update's or an insert's). The result cache then keeps a search's exact count across
 * writes — the old count plus the signs of the kept rows its filter selects — and computes
 * only the page again (server/result-cache.ts, `rowCounting`). Rows kept before this
 * migration have no sign: they go, and `rows_from` moves past them.
 */
export class CacheChangeRowSigns1764101362000 implements MigrationInterface {
  name = "CacheChangeRowSigns1764101362000";

  public async up(q: QueryRunner): Promise<void> {
    // Writers wait here rather than keep a row without a sign in between.
    await q.query(`LOCK TABLE "cache_change_rows" IN ACCESS EXCLUSIVE MODE`);
    await q.query(`DELETE FROM "cache_change_rows"`);
    await q.query(`UPDATE "cache_versions" SET "rows_from" = "version" WHERE "rows_from" < "version"`);
    await q.query(`ALTER TABLE "cache_change_rows" ADD "sign" smallint NOT NULL`);
    await q.query(`ALTER TABLE "cache_change_rows" ADD CONSTRAINT "CHK_cache_change_rows_sign" CHECK ("sign" IN (-1, 1))`);
    await q.query(bumpKeepingRows(true));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(bumpKeepingRows(false));
    await q.query(`ALTER TABLE "cache_change_rows" DROP COLUMN "sign"`);
  }
}
