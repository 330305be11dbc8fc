import { DiskFileStorage, fileStorage, useFileStorage, type FileStorage } from "../../storage/file-storage";

/*
 * The premises' photo store: the "premises" area of the shared storage (server/storage).
 * No decorators and no entity imports here either: the premises' upload and download
 * routes import this module directly (see server/bridge.ts).
 */
export { MAX_PHOTO_BYTES, PHOTO_KEY, PhotoRejected, isPhotoFileName, newPhotoKey, photoFile, processPhoto } from "../../storage/photos";

export type PhotoStorage = FileStorage;
export const DiskPhotoStorage = DiskFileStorage;

/** The store in use (disk under `<STORAGE_DIR>/premises/` unless replaced with {@link usePhotoStorage}). */
export const photoStorage = (): FileStorage => fileStorage("premises");
export const usePhotoStorage = (s: FileStorage): void => useFileStorage("premises", s);
