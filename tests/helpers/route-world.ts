import type { DataSource } from "typeorm";
import type { DiskFileStorage, StorageArea } from "../../server/storage/file-storage";
import { createTestDb, type TestDb } from "./db";
import { useTestBridge } from "./graphql";
import { temporaryStorage } from "./stored-files";

/**
 * The world of a test file that calls a file-serving route handler, made before its tests and
 * removed after them: a database of its own behind the server bridge the route goes through,
 * and the files of `area` in a temporary folder. `ds` and `files` are there once `beforeAll` ran.
 */
export function fileRouteWorld(area: StorageArea): { ds: DataSource; files: DiskFileStorage } {
  const world = {} as { ds: DataSource; files: DiskFileStorage };
  let db: TestDb | undefined;
  let removeFiles: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    db = await createTestDb();
    useTestBridge(db.ds);
    const storage = await temporaryStorage(area);
    removeFiles = storage.remove;
    Object.assign(world, { ds: db.ds, files: storage.files });
  });
  afterAll(async () => {
    await db?.drop();
    await removeFiles?.();
  });
  return world;
}
