import type { DataSource } from "typeorm";
import { gql, ok } from "../../helpers/graphql";

/**
 * What the notices' result-cache tests share (notices-cache-counts, notices-cache-judging):
 * a LEND word search asked through a node, the same search listed by the database afresh,
 * notices written in plain SQL, and the recorded statements that count the table itself.
 */
export const LIST = `query($f: EquipmentNoticeFilter) { equipmentNotices(filter: $f, first: 3) { totalCount edges { node { id } } } }`;

export type Answer = { totalCount: number; ids: string[] };

/** The LEND search of `word` (the filter the tests ask). */
export const search = (word: string) => ({ kind: "LEND", text: word });

/** The first page (3) and count of a search, asked through node `ds`. */
export async function list(ds: DataSource, f: object): Promise<Answer> {
  const c = ok(await gql(ds, LIST, { f })).equipmentNotices;
  return { totalCount: c.totalCount, ids: c.edges.map((e: { node: { id: string } }) => e.node.id) };
}

/** What the database lists now for a LEND search of `word`: its count and first page (newest first). */
export async function fresh(ds: DataSource, word: string): Promise<Answer> {
  const listed = `kind = 'LEND' AND search_text LIKE '%' || f_unaccent($1) || '%' AND status IN ('AVAILABLE', 'RESERVED') AND (expires_at IS NULL OR expires_at > now())`;
  const [row] = await ds.query(
    `SELECT (SELECT count(*)::int FROM equipment_notices WHERE ${listed}) AS n,
            ARRAY(SELECT id::text FROM equipment_notices WHERE ${listed} ORDER BY created_at DESC, id DESC LIMIT 3) AS ids`,
    [word],
  );
  return { totalCount: row.n, ids: row.ids };
}

/** `n` LEND notices of `ownerId` titled `title <i>`, created a second apart (so the newest-first order is fixed), expiring after `expiresIn` when given. */
export async function insertNotices(ds: DataSource, ownerId: string, title: string, n: number, expiresIn?: string): Promise<string[]> {
  const rows = await ds.query(
    `INSERT INTO equipment_notices (kind, title, owner_user_id, created_at, expires_at)
     SELECT 'LEND', $1 || ' ' || g, $2, now() - make_interval(secs => 100 - g), now() + $4::interval FROM generate_series(1, $3::int) g RETURNING id`,
    [title, ownerId, n, expiresIn ?? null],
  );
  return rows.map((r: { id: string }) => r.id);
}

/** Statements among `recorded` that count the notices table itself (TypeORM's count or the cache's). */
export const tableCounts = (recorded: string[]) => recorded.filter((q) => /count\(/i.test(q) && /FROM "?equipment_notices"? "?n"?\s/.test(q));
