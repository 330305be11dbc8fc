import type { DataSource } from "typeorm";
import { postGraphQL } from "../../helpers/caching-nodes";
import { gql, ok } from "../../helpers/graphql";

/**
 * What the notices' result-cache tests share (notices-cache-counts, notices-cache-judging):
 * a LEND word search asked through a node, by the API or over HTTP, the same search listed
 * by the database afresh, notices written in plain SQL, and which recorded statements count
 * the table or read a page of it.
 */
export const LIST = `query($f: EquipmentNoticeFilter) { equipmentNotices(filter: $f, first: 3) { totalCount edges { node { id } } } }`;

export type Answer = { totalCount: number; ids: string[] };

/** The LEND search of `word` (the filter the tests ask). */
export const search = (word: string) => ({ kind: "LEND", text: word });

type Page = { totalCount: number; edges: { node: { id: string } }[] };
const answer = (c: Page): Answer => ({ totalCount: c.totalCount, ids: c.edges.map((e) => e.node.id) });

/** The first page (3) and count of a search, asked through node `ds`. */
export async function list(ds: DataSource, f: object): Promise<Answer> {
  return answer(ok(await gql(ds, LIST, { f })).equipmentNotices);
}

/** The same as an anonymous request to /api/graphql on node `ds`: kept bytes when they hold. */
export async function askOverHttp(ds: DataSource, f: object): Promise<Answer> {
  return answer((await postGraphQL(ds, LIST, { f })).json.data.equipmentNotices);
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

/** Statements of the notices table: those that count it (TypeORM's count or the cache's), and those that read a page of it. */
export const NOTICES_TABLE = {
  counts: (q: string) => /count\(/i.test(q) && /FROM "?equipment_notices"? "?n"?\s/.test(q),
  pages: (q: string) => /FROM "equipment_notices" "n"[\s\S]*LIMIT/.test(q),
};
