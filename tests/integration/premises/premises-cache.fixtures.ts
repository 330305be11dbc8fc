import type { DataSource } from "typeorm";
import { searchPremises } from "../../../server/modules/premises/premises.service";
import { postGraphQL } from "../../helpers/caching-nodes";
import { gql, ok } from "../../helpers/graphql";

/**
 * What the premises' counted-search tests share (result-cache-counts, result-cache-judging):
 * a search's first page (3) asked through a node, by the API or over HTTP, the same search
 * computed afresh without the cache, premises written in plain SQL, and which recorded
 * statements count the table or read a page of it.
 */
export const SEARCH = `query($f: PremisesFilter, $after: String) { premisesSearch(filter: $f, first: 3, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;

export type Answer = { totalCount: number; ids: string[]; hasNextPage: boolean; endCursor: string | null };
type Page = { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const answer = (c: Page): Answer => ({ totalCount: c.totalCount, ids: c.edges.map((e) => e.node.id), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor });

/** The search of `f` (from `after`), asked through node `ds`. */
export async function search(ds: DataSource, f: object, after: string | null = null): Promise<Answer> {
  return answer(ok(await gql(ds, SEARCH, { f, after })).premisesSearch);
}

/** The same search as an anonymous request to /api/graphql on node `ds`: kept bytes when they hold. */
export async function askOverHttp(ds: DataSource, f: object): Promise<Answer> {
  return answer((await postGraphQL(ds, SEARCH, { f })).json.data.premisesSearch);
}

/** The same search computed afresh on `ds`, without the cache. */
export async function searchAfresh(ds: DataSource, f: object, after: string | null = null): Promise<Answer> {
  return answer(await searchPremises(ds, { filter: f, first: 3, after }));
}

/** Statements of the premises table: those that count it, and those that read a page of it. */
export const PREMISES_TABLE = {
  counts: (q: string) => /count\(\*\)/.test(q) && /FROM premises p\b/.test(q),
  pages: (q: string) => /FROM premises p\b[\s\S]*LIMIT/.test(q),
};

/** For each run, `n` premises at `${street} ${g}` (g = 1…n) of `area` m², renting for `rent + g * step`. */
export async function insertPremises(ds: DataSource, runs: { street: string; district: string; area: number; rent: number; step: number; n: number }[]): Promise<void> {
  for (const r of runs) {
    await ds.query(
      `INSERT INTO premises (address, district, area_m2, monthly_rent)
       SELECT $1 || ' ' || g, $2, $3, $4::numeric + g * $5::numeric FROM generate_series(1, $6::int) g`,
      [r.street, r.district, r.area, r.rent, r.step, r.n],
    );
  }
}
