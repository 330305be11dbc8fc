import type { MigrationInterface, QueryRunner } from "typeorm";

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
    await q.query(`
      CREATE FUNCTION bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE flag text := 'pestor.cache_bumped_' || TG_ARGV[0];
      BEGIN
        -- Once per transaction however many rows it wrote.
        IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE cache_versions SET version = version + 1 WHERE domain = TG_ARGV[0];
          PERFORM set_config(flag, txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER "TRG_premises_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "premises" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version('premises')`);
    await q.query(`CREATE TRIGGER "TRG_premises_cache_version_truncate" AFTER TRUNCATE ON "premises" FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version('premises')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_premises_cache_version_truncate" ON "premises"`);
    await q.query(`DROP TRIGGER "TRG_premises_cache_version" ON "premises"`);
    await q.query(`DROP FUNCTION bump_cache_version()`);
    await q.query(`DROP TABLE "cache_versions"`);
  }
}
