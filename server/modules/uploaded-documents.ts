import { badInput } from "../errors";
import { DocumentRejected, MAX_DOCUMENT_BYTES, detectDocument, safeFileName } from "../storage/documents";
import type { FileStorage } from "../storage/file-storage-types";
import { FILE_KEY } from "../storage/photos";

/** What a refused document is told, by reason (the upload routes check the same before storing). */
const REJECTED: Record<DocumentRejected["reason"], string> = {
  tooBig: `At most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
  empty: "The file is empty",
  notAllowed: "Only PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, JPEG, PNG or WebP files",
};

/**
 * Reads a document an upload route has just stored and finds its real type from the bytes —
 * again, because the operation that registers it is public and must not trust the route:
 * the stored key, a safe file name with the real extension, the type and the size, or
 * BAD_USER_INPUT naming `key`, `fileName` or `file`.
 */
export async function inspectUploadedDocument(storage: FileStorage, key: string, fileName: string | null | undefined) {
  if (typeof key !== "string" || !FILE_KEY.test(key)) throw badInput({ key: "Invalid file key" });
  if (fileName != null && (typeof fileName !== "string" || fileName.length > 255)) throw badInput({ fileName: "At most 255 characters" });
  const bytes = await storage.get(key);
  if (!bytes) throw badInput({ key: "No such uploaded file" });
  try {
    const type = await detectDocument(bytes);
    return { key, fileName: safeFileName(fileName, type.ext), contentType: type.mime, size: bytes.length };
  } catch (err) {
    if (err instanceof DocumentRejected) throw badInput({ file: REJECTED[err.reason] });
    throw err;
  }
}
