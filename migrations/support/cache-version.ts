/**
 * The SQL of the result cache's version triggers (server/result-cache.ts), shared by the
 * migrations that create and change them so that each version of the function is written once.
 * A file of this folder is not a migration: the migrations glob reads `migrations/*` only.
 * What these return must stay as it is: migrations that ran are not run again, but fresh
 * databases and `down` go through them.
 */

/** The first function (ResultCacheVersions): bumps a domain's version once per transaction. */
export function bumpOncePerTransaction(create: "CREATE" | "CREATE OR REPLACE"): string {
  return `
      ${create} FUNCTION bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE flag text := 'pestor.cache_bumped_' || TG_ARGV[0];
      BEGIN
        -- Once per transaction however many rows it wrote.
        IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE cache_versions SET version = version + 1 WHERE domain = TG_ARGV[0];
          PERFORM set_config(flag, txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`;
}

/**
 * The function that also keeps a domain's changed rows (CacheChangeRows), each with the
 * sign of its side of the change or not (CacheChangeRowSigns).
 */
export function bumpKeepingRows(signs: boolean): string {
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

/**
 * The two triggers that bump `domain` for a table: each row's change, once at commit, and a
 * TRUNCATE. `args` are the function's arguments after the domain (`'rows'` to keep the rows).
 */
export function versionTriggers(table: string, domain: string, args = ""): string[] {
  const call = `bump_cache_version('${domain}'${args ? `, ${args}` : ""})`;
  return [
    `CREATE CONSTRAINT TRIGGER "TRG_${table}_cache_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${call}`,
    `CREATE TRIGGER "TRG_${table}_cache_version_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ${call}`,
  ];
}

/** Drops them, row trigger first (`truncateFirst` for the order the older migrations used). */
export function dropVersionTriggers(table: string, truncateFirst = false): string[] {
  const drops = [`DROP TRIGGER "TRG_${table}_cache_version" ON "${table}"`, `DROP TRIGGER "TRG_${table}_cache_version_truncate" ON "${table}"`];
  return truncateFirst ? drops.reverse() : drops;
}
