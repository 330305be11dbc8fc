import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata } from "sharp";

/*
 * No decorators and no entity imports here: the upload and download routes of the app
 * import this module directly (see server/bridge.ts for why that matters).
 */

/** Where photo files live. Disk in development; an S3-compatible store can implement it. */
export interface PhotoStorage {
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  exists(name: string): Promise<boolean>;
  delete(name: string): Promise<void>;
}

/** Stores files under `<STORAGE_DIR>/premises/`. */
export class DiskPhotoStorage implements PhotoStorage {
  constructor(private readonly dir: string) {}
  private file(name: string): string {
    if (!FILE_NAME.test(name)) throw new Error("invalid file name");
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
// same store as the server code (e.g. after usePhotoStorage at start-up).
const holder = globalThis as { __pestorPhotoStorage?: PhotoStorage };

/** The store in use (disk under STORAGE_DIR unless replaced with {@link usePhotoStorage}). */
export function photoStorage(): PhotoStorage {
  holder.__pestorPhotoStorage ??= new DiskPhotoStorage(path.resolve(process.env.STORAGE_DIR ?? ".data/storage", "premises"));
  return holder.__pestorPhotoStorage;
}
export function usePhotoStorage(s: PhotoStorage): void {
  holder.__pestorPhotoStorage = s;
}

/** A photo's key: random, so names reveal nothing and cannot collide. */
export const PHOTO_KEY = /^[A-Za-z0-9_-]{22,64}$/;
const FILE_NAME = /^[A-Za-z0-9_-]{22,64}(-thumb)?\.webp$/;
export const newPhotoKey = () => randomBytes(18).toString("base64url");
export const photoFile = (key: string, thumb = false) => `${key}${thumb ? "-thumb" : ""}.webp`;
export const isPhotoFileName = (name: string) => FILE_NAME.test(name);

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const MAX_PIXELS = 60_000_000;

export class PhotoRejected extends Error {
  constructor(public readonly reason: "tooBig" | "notImage") {
    super(reason);
  }
}

/**
 * Checks that the bytes are a JPEG, PNG, WebP, GIF or AVIF image within the limits and
 * makes the stored versions: at most 1600 px and a 480 px thumbnail, WebP, metadata
 * (EXIF, GPS) stripped, orientation applied.
 */
export async function processPhoto(bytes: Buffer): Promise<{ full: Buffer; thumb: Buffer; width: number; height: number }> {
  if (bytes.length > MAX_PHOTO_BYTES) throw new PhotoRejected("tooBig");
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new PhotoRejected("notImage");
  }
  if (!meta.format || !["jpeg", "png", "webp", "gif", "avif", "heif"].includes(meta.format)) throw new PhotoRejected("notImage");
  try {
    const { data: full, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(full).resize({ width: 480, height: 360, fit: "cover" }).webp({ quality: 72 }).toBuffer();
    return { full, thumb, width: info.width, height: info.height };
  } catch {
    throw new PhotoRejected("notImage");
  }
}
