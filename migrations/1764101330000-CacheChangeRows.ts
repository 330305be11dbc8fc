import type { MigrationInterface, QueryRunner } from "typeorm";

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
    await q.query(`
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
              INSERT INTO cache_change_rows (domain, version, image) VALUES (TG_ARGV[0], v, to_jsonb(OLD));
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
              INSERT INTO cache_change_rows (domain, version, image) VALUES (TG_ARGV[0], v, to_jsonb(NEW));
            END IF;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER "TRG_premises_cache_version" ON "premises"`);
    await q.query(`DROP TRIGGER "TRG_premises_cache_version_truncate" ON "premises"`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_premises_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "premises" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version('premises', 'rows')`);
    await q.query(`CREATE TRIGGER "TRG_premises_cache_version_truncate" AFTER TRUNCATE ON "premises" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('premises', 'rows')`);
    await q.query(`DROP TRIGGER "TRG_equipment_notices_cache_version" ON "equipment_notices"`);
    await q.query(`DROP TRIGGER "TRG_equipment_notices_cache_version_truncate" ON "equipment_notices"`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_equipment_notices_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "equipment_notices" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version('notices', 'rows')`);
    await q.query(`CREATE TRIGGER "TRG_equipment_notices_cache_version_truncate" AFTER TRUNCATE ON "equipment_notices" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('notices', 'rows')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_equipment_notices_cache_version" ON "equipment_notices"`);
    await q.query(`DROP TRIGGER "TRG_equipment_notices_cache_version_truncate" ON "equipment_notices"`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_equipment_notices_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "equipment_notices" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version('notices')`);
    await q.query(`CREATE TRIGGER "TRG_equipment_notices_cache_version_truncate" AFTER TRUNCATE ON "equipment_notices" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('notices')`);
    await q.query(`DROP TRIGGER "TRG_premises_cache_version" ON "premises"`);
    await q.query(`DROP TRIGGER "TRG_premises_cache_version_truncate" ON "premises"`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_premises_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "premises" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version('premises')`);
    await q.query(`CREATE TRIGGER "TRG_premises_cache_version_truncate" AFTER TRUNCATE ON "premises" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('premises')`);
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE flag text := 'pestor.cache_bumped_' || TG_ARGV[0];
      BEGIN
        IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE cache_versions SET version = version + 1 WHERE domain = TG_ARGV[0];
          PERFORM set_config(flag, txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TABLE "cache_change_rows"`);
    await q.query(`ALTER TABLE "cache_versions" DROP COLUMN "rows_from"`);
  }
}
