import { DataSource } from "typeorm";
import { reloadConfig } from "../../server/config";
import { dataSourceOptions } from "../../server/db";
import { createTestDb, type TestDb } from "./db";

/**
 * For a test file of the result cache: RESULT_CACHE on, a test database, and a second
 * DataSource on it — two app nodes, each with its own cache (beforeAll/afterAll registered
 * here, so the file's own beforeAll runs after these are ready).
 */
export function cachingNodes(): { db: TestDb; nodeB: DataSource } {
  const nodes = {} as { db: TestDb; nodeB: DataSource };
  const before = process.env.RESULT_CACHE;
  beforeAll(async () => {
    process.env.RESULT_CACHE = "on";
    reloadConfig();
    nodes.db = await createTestDb();
    nodes.nodeB = await new DataSource(dataSourceOptions(nodes.db.url)).initialize();
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.RESULT_CACHE;
    else process.env.RESULT_CACHE = before;
    reloadConfig();
    await nodes.nodeB?.destroy();
    await nodes.db?.drop();
  });
  return nodes;
}
