import { randomBytes } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import type { FileStorage } from "./file-storage";
import { MAX_PHOTO_BYTES } from "../../entities/file-limits";

/** A stored file's key: random, so names reveal nothing and cannot collide. */
export const FILE_KEY = /^[A-Za-z0-9_-]{22,64}$/;
export const newFileKey = () => randomBytes(18).toString("base64url");

const PHOTO_FILE = /^[A-Za-z0-9_-]{22,64}(-thumb)?\.webp$/;
export const photoFile = (key: string, thumb = false) => `${key}${thumb ? "-thumb" : ""}.webp`;
export const isPhotoFileName = (name: string) => PHOTO_FILE.test(name);

export { MAX_PHOTO_BYTES };
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

/** Processes and stores a photo (full size and thumbnail) under a new key. */
export async function storePhoto(storage: FileStorage, bytes: Buffer): Promise<{ key: string; width: number; height: number }> {
  const p = await processPhoto(bytes);
  const key = newFileKey();
  await storage.put(photoFile(key), p.full, "image/webp");
  await storage.put(photoFile(key, true), p.thumb, "image/webp");
  return { key, width: p.width, height: p.height };
}

/** Removes both files of a photo; missing files are fine. */
export async function deletePhotoFiles(storage: FileStorage, keys: string[]): Promise<void> {
  await Promise.allSettled(keys.flatMap((k) => [storage.delete(photoFile(k)), storage.delete(photoFile(k, true))]));
}
