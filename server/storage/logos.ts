import sharp from "sharp";
import type { FileStorage } from "./file-storage";
import { newFileKey, processPhoto } from "./photos";

/*
 * Logos (programme partners, organisations): one WebP file per logo, checked and cleaned
 * like a photo, fitted in 600 × 300 px with transparency kept. No decorators here: the
 * upload and download routes import this module directly (see server/bridge.ts).
 */

const LOGO_FILE = /^[A-Za-z0-9_-]{22,64}\.webp$/;
export const logoFile = (key: string) => `${key}.webp`;
export const isLogoFileName = (name: string) => LOGO_FILE.test(name);

/** Checks and cleans the image like a photo, then fits it in 600 × 300 px (WebP, transparency kept). */
export async function processLogo(bytes: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  const { full } = await processPhoto(bytes);
  const { data, info } = await sharp(full)
    .resize({ width: 600, height: 300, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/** Processes and stores a logo in `storage`; the caller registers the returned key. */
export async function storeLogoIn(storage: FileStorage, bytes: Buffer): Promise<{ key: string; width: number; height: number }> {
  const logo = await processLogo(bytes);
  const key = newFileKey();
  await storage.put(logoFile(key), logo.bytes, "image/webp");
  return { key, width: logo.width, height: logo.height };
}
