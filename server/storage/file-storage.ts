import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { isStoredFileName, type FileStorage, type StorageArea } from "./file-storage-types";
import { S3FileStorage, s3Client, s3SettingsFromEnv } from "./s3-storage";

/*
 * No decorators and no entity imports in server/storage: the app's upload and download
 * routes import these modules directly (see server/bridge.ts for why that matters).
 */

export type { FileStorage, StorageArea } from "./file-storage-types";
export { STORAGE_AREAS, isStoredFileName } from "./file-storage-types";

/** Stores files in one folder. */
export class DiskFileStorage implements FileStorage {
  constructor(private readonly dir: string) {}
  private file(name: string): string {
    if (!isStoredFileName(name)) throw new Error("invalid file name");
    return path.join(this.dir, name);
  }
  async put(name: string, bytes: Buffer, _contentType?: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.file(name), bytes);
  }
  async get(name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(name));
    } catch {
      return null;
    }
  }
  async exists(name: string): Promise<boolean> {
    try {
      return (await stat(this.file(name))).isFile();
    } catch {
      return false;
    }
  }
  async delete(name: string): Promise<void> {
    await rm(this.file(name), { force: true });
  }
}

// On globalThis: the app's routes load their own copy of this module, and must use the
// same stores as the server code (e.g. after useFileStorage at start-up or in a test).
const holder = globalThis as { __pestorFileStorage?: Partial<Record<StorageArea, FileStorage>> };

/**
 * The store of an area, unless replaced with {@link useFileStorage}: the S3-compatible
 * bucket S3_BUCKET under the key prefix `<area>/` when S3_BUCKET is set (several app
 * nodes), otherwise `<STORAGE_DIR>/<area>/` on disk (development, a single node).
 */
export function fileStorage(area: StorageArea): FileStorage {
  const stores = (holder.__pestorFileStorage ??= {});
  return (stores[area] ??= defaultStorage(area, process.env));
}

/** The driver the environment asks for, for one area (also used by `npm run storage:migrate`). */
export function defaultStorage(area: StorageArea, env: Readonly<Record<string, string | undefined>>): FileStorage {
  const s3 = s3SettingsFromEnv(env);
  if (s3) {
    // One client (and connection pool) per process and settings, shared by the areas.
    const g = globalThis as { __pestorS3Clients?: Map<string, ReturnType<typeof s3Client>> };
    const clients = (g.__pestorS3Clients ??= new Map());
    const id = JSON.stringify(s3);
    if (!clients.has(id)) clients.set(id, s3Client(s3));
    return new S3FileStorage(clients.get(id)!, s3.bucket, area);
  }
  return diskStorage(area, env);
}

export function diskStorage(area: StorageArea, env: Readonly<Record<string, string | undefined>>): DiskFileStorage {
  return new DiskFileStorage(path.resolve(env.STORAGE_DIR ?? ".data/storage", area));
}

export function useFileStorage(area: StorageArea, s: FileStorage): void {
  (holder.__pestorFileStorage ??= {})[area] = s;
}
