import type { MigrationInterface, QueryRunner } from "typeorm";

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
    await q.query(bumpFunction(true));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(bumpFunction(false));
    await q.query(`ALTER TABLE "cache_change_rows" DROP COLUMN "sign"`);
  }
}

/** The trigger function of migration CacheChangeRows, keeping the sign of each row or not. */
function bumpFunction(signs: boolean): string {
  const keep = (image: "OLD" | "NEW") =>
    signs
      ? `INSERT INTO cache_change_rows (domain, version, image, sign) VALUES (TG_ARGV[0], v, to_jsonb(${image}), ${image === "OLD" ? -1 : 1});`
      : `INSERT INTO cache_change_rows (domain, version, image) VALUES (TG_ARGV[0], v, to_jsonb(${image}));`;
  return `
      CREATE OR REPLACE FUNCTION bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        flag text := 'pestor.cache_bumped_' || TG_ARGV[0];
        at text := 'pestor.cache_version_' || TG_ARGV[0];
        counted text := 'pestor.cache_rows_' || TG_ARGV[0];
        v bigint;
        n int;
      BEGIN
        -- The version: bumped once per transaction however many rows it wrote.
        IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE cache_versions SET version = version + 1 WHERE domain = TG_ARGV[0] RETURNING version INTO v;
          PERFORM set_config(flag, txid_current()::text, true);
          PERFORM set_config(at, v::text, true);
          PERFORM set_config(counted, '0', true);
        ELSE
          v := current_setting(at)::bigint;
        END IF;
        -- The changed rows, for domains that keep them (second argument 'rows').
        IF TG_NARGS > 1 AND TG_ARGV[1] = 'rows' THEN
          n := current_setting(counted)::int + 1;
          PERFORM set_config(counted, n::text, true);
          -- A transaction may forbid keeping its rows (an account's erasure: they hold the person's texts).
          IF TG_LEVEL = 'STATEMENT' OR n = 101 OR current_setting('pestor.cache_rows_off', true) = 'on' THEN
            UPDATE cache_versions SET rows_from = v WHERE domain = TG_ARGV[0] AND rows_from < v;
          ELSIF n <= 100 THEN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
              ${keep("OLD")}
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
              ${keep("NEW")}
            END IF;
          END IF;
        END IF;
        RETURN NULL;
      END $$`;
}
