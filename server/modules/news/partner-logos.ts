import { fileStorage, useFileStorage, type FileStorage } from "../../storage/file-storage";
import { logoFile, storeLogoIn } from "../../storage/logos";

/*
 * No decorators and no entity imports here: the logo upload and download routes import
 * this module directly (see server/bridge.ts). The files live in the "partner-logos"
 * area of the shared storage; the checks and the resizing are server/storage/logos.ts.
 */

/** Where the pages load a logo from (app/programme/partner-logos/[file]/route.ts). */
export const logoPath = (key: string) => `/programme/partner-logos/${logoFile(key)}`;

/** Partner logos: disk under `<STORAGE_DIR>/partner-logos/` unless replaced with {@link usePartnerLogoStorage}. */
export const partnerLogoStorage = (): FileStorage => fileStorage("partner-logos");
export const usePartnerLogoStorage = (s: FileStorage): void => useFileStorage("partner-logos", s);

/** Processes and stores a partner's logo; the caller registers the returned key. */
export const storeLogo = (bytes: Buffer) => storeLogoIn(partnerLogoStorage(), bytes);
