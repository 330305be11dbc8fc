import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
// Renamed: `use…` is not a React hook here, and the hooks rule would say it is.
import { DiskFileStorage, useFileStorage as installFileStorage, type StorageArea } from "../../server/storage/file-storage";

/** A PDF as short as the stored-document checks accept (they read its signature and structure). */
export const SMALL_PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/**
 * Files of `area` go to a new temporary folder for the rest of the test file, never to the
 * working copy's storage; `remove` deletes the folder (call it in `afterAll`).
 */
export async function temporaryStorage(area: StorageArea): Promise<{ files: DiskFileStorage; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `${area}-`));
  const files = new DiskFileStorage(dir);
  installFileStorage(area, files);
  return { files, remove: () => rm(dir, { recursive: true, force: true }) };
}
