import sharp from "sharp";
import { fileStorage, useFileStorage, type FileStorage } from "../../storage/file-storage";
import { PHOTO_KEY, newPhotoKey, processPhoto } from "../../storage/photos";

/*
 * No decorators and no entity imports here: the logo upload and download routes import
 * this module directly (see server/bridge.ts). The files live in the "partner-logos"
 * area of the shared storage; the checks and the resizing are the photos' own
 * (processPhoto), only the size differs.
 */

export { PhotoRejected } from "../../storage/photos";
export { MAX_PHOTO_BYTES as MAX_LOGO_BYTES } from "../../storage/limits";
export const newLogoKey = newPhotoKey;
export const LOGO_KEY = PHOTO_KEY;
const LOGO_FILE = /^[A-Za-z0-9_-]{22,64}\.webp$/;
export const logoFile = (key: string) => `${key}.webp`;
export const isLogoFileName = (name: string) => LOGO_FILE.test(name);
/** Where the pages load a logo from (app/programme/partner-logos/[file]/route.ts). */
export const logoPath = (key: string) => `/programme/partner-logos/${logoFile(key)}`;

/** Partner logos: disk under `<STORAGE_DIR>/partner-logos/` unless replaced with {@link usePartnerLogoStorage}. */
export const partnerLogoStorage = (): FileStorage => fileStorage("partner-logos");
export const usePartnerLogoStorage = (s: FileStorage): void => useFileStorage("partner-logos", s);

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
