/*
 * The storage contract shared by the drivers (disk, S3), in its own module so that the
 * drivers and the chooser in file-storage.ts do not import each other.
 */

/** Where uploaded files live: disk in development, an S3-compatible bucket on several nodes. */
export interface FileStorage {
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  exists(name: string): Promise<boolean>;
  delete(name: string): Promise<void>;
}

/**
 * Separate folders (or key prefixes) per kind of file, so that a download route for public
 * photos can never be pointed at a sealed offer's document.
 */
export type StorageArea = "premises" | "marketplace-photos" | "marketplace-attachments" | "partner-logos" | "organization-logos" | "news-covers" | "training-materials";

export const STORAGE_AREAS: readonly StorageArea[] = [
  "premises",
  "marketplace-photos",
  "marketplace-attachments",
  "partner-logos",
  "organization-logos",
  "news-covers",
  "training-materials",
];

/** Random key, optional `-thumb`, optional short extension: no dots, slashes or `..`. */
const STORED_NAME = /^[A-Za-z0-9_-]{22,64}(-thumb)?(\.[a-z0-9]{1,5})?$/;
export const isStoredFileName = (name: string) => STORED_NAME.test(name);
