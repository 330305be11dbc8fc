import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/*
 * No decorators and no entity imports in server/storage: the app's upload and download
 * routes import these modules directly (see server/bridge.ts for why that matters).
 */

/** Where uploaded files live. Disk in development; an S3-compatible store can implement it. */
export interface FileStorage {
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  exists(name: string): Promise<boolean>;
  delete(name: string): Promise<void>;
}

/**
 * Separate folders (or buckets) per kind of file, so that a download route for public
 * photos can never be pointed at a sealed offer's document.
 */
export type StorageArea = "premises" | "marketplace-photos" | "marketplace-attachments" | "partner-logos" | "organization-logos" | "news-covers" | "training-materials";

/** Random key, optional `-thumb`, optional short extension: no dots, slashes or `..`. */
const STORED_NAME = /^[A-Za-z0-9_-]{22,64}(-thumb)?(\.[a-z0-9]{1,5})?$/;
export const isStoredFileName = (name: string) => STORED_NAME.test(name);

/** Stores files in one folder. */
export class DiskFileStorage implements FileStorage {
  constructor(private readonly dir: string) {}
  private file(name: string): string {
    if (!STORED_NAME.test(name)) throw new Error("invalid file name");
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

/** The store of an area: `<STORAGE_DIR>/<area>/` on disk unless replaced with {@link useFileStorage}. */
export function fileStorage(area: StorageArea): FileStorage {
  const stores = (holder.__pestorFileStorage ??= {});
  return (stores[area] ??= new DiskFileStorage(path.resolve(process.env.STORAGE_DIR ?? ".data/storage", area)));
}

export function useFileStorage(area: StorageArea, s: FileStorage): void {
  (holder.__pestorFileStorage ??= {})[area] = s;
}
