import { fileStorage, type FileStorage } from "../../storage/file-storage";
import { deletePhotoFiles, isPhotoFileName, photoFile, storePhoto } from "../../storage/photos";

/*
 * No decorators and no entity imports here: the cover upload and download routes import
 * this module directly (like partner-logos.ts). Covers are photos (the shared checks:
 * image types only, size limit, resized to WebP, EXIF stripped) in their own area.
 */

/** News covers: disk under `<STORAGE_DIR>/news-covers/`. */
export const newsCoverStorage = (): FileStorage => fileStorage("news-covers");

/** Processes and stores an uploaded cover; returns its key and size. */
export const storeNewsCover = (bytes: Buffer) => storePhoto(newsCoverStorage(), bytes);
export const discardNewsCover = (key: string) => deletePhotoFiles(newsCoverStorage(), [key]);

/** Where readers load a cover from (app/news/covers/[file]/route.ts). */
export const newsCoverPath = (key: string) => `/news/covers/${photoFile(key)}`;
export const isNewsCoverFileName = isPhotoFileName;
