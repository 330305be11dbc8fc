import { DataSource, type Logger } from "typeorm";
import type { User } from "../../entities/users";
import { reloadConfig } from "../../server/config";
import { dataSourceOptions } from "../../server/db";
import { metrics } from "../../server/metrics";
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

/** How many reads the result cache has answered with `result` so far (of `domain`, or of the first domain counted). */
export async function resultCacheCount(result: "hit" | "miss" | "unchanged" | "delta" | "carried", domain?: string): Promise<number> {
  return (await metrics().resultCache.get()).values.find((v) => (domain === undefined || v.labels.domain === domain) && v.labels.result === result)?.value ?? 0;
}
