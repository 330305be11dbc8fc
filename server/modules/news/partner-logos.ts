import path from "node:path";
import sharp from "sharp";
import { DiskPhotoStorage, PHOTO_KEY, newPhotoKey, processPhoto, type PhotoStorage } from "../premises/photo-storage";

/*
 * No decorators and no entity imports here: the logo upload and download routes import
 * this module directly (see server/bridge.ts). The checks and the resizing are the
 * premises photos' own (processPhoto); only the store's folder and the size differ.
 */

export { PhotoRejected, MAX_PHOTO_BYTES as MAX_LOGO_BYTES } from "../premises/photo-storage";
export const newLogoKey = newPhotoKey;
export const LOGO_KEY = PHOTO_KEY;
const LOGO_FILE = /^[A-Za-z0-9_-]{22,64}\.webp$/;
export const logoFile = (key: string) => `${key}.webp`;
export const isLogoFileName = (name: string) => LOGO_FILE.test(name);
/** Where the pages load a logo from (app/programme/partner-logos/[file]/route.ts). */
export const logoPath = (key: string) => `/programme/partner-logos/${logoFile(key)}`;

// On globalThis for the same reason as the photo store: the routes load their own copy.
const holder = globalThis as { __pestorPartnerLogoStorage?: PhotoStorage };

/** Partner logos: disk under `<STORAGE_DIR>/partners/` unless replaced with {@link usePartnerLogoStorage}. */
export function partnerLogoStorage(): PhotoStorage {
  holder.__pestorPartnerLogoStorage ??= new DiskPhotoStorage(path.resolve(process.env.STORAGE_DIR ?? ".data/storage", "partners"));
  return holder.__pestorPartnerLogoStorage;
}
export function usePartnerLogoStorage(s: PhotoStorage): void {
  holder.__pestorPartnerLogoStorage = s;
}

/** Checks and cleans the image like a premises photo, then fits it in 600 × 300 px (WebP, transparency kept). */
export async function processLogo(bytes: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  const { full } = await processPhoto(bytes);
  const { data, info } = await sharp(full)
    .resize({ width: 600, height: 300, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/** Processes and stores a logo; the caller registers the returned key. */
export async function storeLogo(bytes: Buffer): Promise<{ key: string; width: number; height: number }> {
  const logo = await processLogo(bytes);
  const key = newLogoKey();
  await partnerLogoStorage().put(logoFile(key), logo.bytes, "image/webp");
  return { key, width: logo.width, height: logo.height };
}
