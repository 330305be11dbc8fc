import { DataSource, type Logger } from "typeorm";
import type { User } from "../../entities/users";
import { reloadConfig } from "../../server/config";
import { dataSourceOptions } from "../../server/db";
import { metrics } from "../../server/metrics";
import { serveGraphQLHttp } from "../../server/http-graphql";
import { statementWatcher } from "../../server/response-cache";
import { createUser } from "../factories";
import { createTestDb, type TestDb } from "./db";

/**
 * For a test file of the result cache: RESULT_CACHE on, a test database, and a second
 * DataSource on it — two app nodes, each with its own cache — and one `user` made with
 * `userAttrs` (beforeAll/afterAll registered here, so the file's own beforeAll runs after
 * these are ready). With `recordInto`, a third node, `nodeC`, whose statements are pushed
 * there ({@link recordingNode}).
 */
export function cachingNodes(
  userAttrs: Parameters<typeof createUser>[1] = {},
  opts: { recordInto?: string[] } = {},
): { db: TestDb; nodeB: DataSource; nodeC: DataSource; user: User } {
  const nodes = {} as { db: TestDb; nodeB: DataSource; nodeC: DataSource; user: User };
  const before = process.env.RESULT_CACHE;
  beforeAll(async () => {
    process.env.RESULT_CACHE = "on";
    reloadConfig();
    nodes.db = await createTestDb();
    nodes.nodeB = await new DataSource(dataSourceOptions(nodes.db.url)).initialize();
    nodes.user = await createUser(nodes.db.ds, userAttrs);
    if (opts.recordInto) nodes.nodeC = await recordingNode(nodes.db.url, opts.recordInto);
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.RESULT_CACHE;
    else process.env.RESULT_CACHE = before;
    reloadConfig();
    await nodes.nodeB?.destroy();
    await nodes.nodeC?.destroy();
    await nodes.db?.drop();
  });
  return nodes;
}

/**
 * A third app node on the same database whose statements are pushed to `statements` (and
 * still counted for the response cache, as every node's are), so a test can tell which
 * statements a read sent — e.g. that a kept count was not counted again.
 */
export function recordingNode(url: string, statements: string[]): Promise<DataSource> {
  const recorder: Logger = {
    ...statementWatcher,
    logQuery(query, parameters, runner) {
      statements.push(query);
      statementWatcher.logQuery(query, parameters, runner);
    },
  };
  return new DataSource({ ...dataSourceOptions(url), logger: recorder }).initialize();
}

type CacheResult = "hit" | "miss" | "unchanged" | "delta" | "carried";

/** How many reads the result cache has answered with `result` so far (of `domain`, or of the first domain counted). */
export async function resultCacheCount(result: CacheResult, domain?: string): Promise<number> {
  return (await metrics().resultCache.get()).values.find((v) => (domain === undefined || v.labels.domain === domain) && v.labels.result === result)?.value ?? 0;
}

/**
 * For a file of a counted search (premises, notices) that checks which statements a read
 * sent: `cachingNodes` with the recording node C as `nodes`, the `statements` C sent since a
 * test last emptied them, and the checks the files share. `table` tells a statement that
 * counts the domain's table itself, and one that reads a page of it.
 */
export function recordingCache(
  domain: string,
  table: { counts: (statement: string) => boolean; pages: (statement: string) => boolean },
  userAttrs: Parameters<typeof createUser>[1] = {},
) {
  const statements: string[] = [];
  const nodes = cachingNodes(userAttrs, { recordInto: statements });
  const count = (result: CacheResult) => resultCacheCount(result, domain);
  /** Statements recorded on node C that count the table itself. */
  const counts = () => statements.filter(table.counts);
  /** Statements recorded on node C that read a page of the table. */
  const pages = () => statements.filter(table.pages);
  /** Statements recorded on node C that read the kept changed rows. */
  const keptRowReads = () => statements.filter((q) => /cache_change_rows/.test(q));
  /**
   * Asks node C, then node B, after a write: each answer as `fresh` computes it now, each by
   * its changed rows — no count run, the page read again — or, as `expected` says, unchanged.
   */
  async function bothExact<A>(ask: (ds: DataSource) => Promise<A>, fresh: () => Promise<A>, expected: "delta" | "unchanged" = "delta") {
    const before = { delta: await count("delta"), unchanged: await count("unchanged"), miss: await count("miss") };
    statements.length = 0;
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await ask(ds)).toEqual(await fresh());
    expect(counts()).toEqual([]);
    expect(pages()).toHaveLength(expected === "delta" ? 1 : 0);
    expect(await count(expected)).toBe(before[expected] + 2);
    expect(await count("miss")).toBe(before.miss);
  }
  return { nodes, statements, count, counts, pages, keptRowReads, bothExact };
}

/**
 * A POST of `query` to /api/graphql on node `ds` (what both doors of the route call),
 * anonymous unless `headers` carry a session: its status, its bytes and their JSON.
 */
export async function postGraphQL(ds: DataSource, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const res = await serveGraphQLHttp(ds, {
    method: "POST",
    headers: new Headers({ "content-type": "application/json", ...headers }),
    search: "",
    body: () => [Buffer.from(JSON.stringify({ query, variables }))].values(),
  });
  return { status: res.status, body: res.body, json: JSON.parse(res.body) };
}
