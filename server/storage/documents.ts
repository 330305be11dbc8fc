import { create as contentDisposition } from "content-disposition";
import { fileTypeFromBuffer } from "file-type/core";
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "../../entities/file-limits";

export { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES };

/**
 * What may be attached, by the type found in the bytes (never by the name): office
 * documents (OOXML and OpenDocument), PDF and raster images. No SVG, HTML or archives:
 * they can carry scripts or anything else.
 */
export const DOCUMENT_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

export class DocumentRejected extends Error {
  constructor(public readonly reason: "tooBig" | "notAllowed" | "empty") {
    super(reason);
  }
}

/** The type of an attachment by its magic bytes; DocumentRejected when too big, empty or of another type. */
export async function detectDocument(bytes: Buffer): Promise<{ ext: string; mime: string }> {
  if (bytes.length === 0) throw new DocumentRejected("empty");
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentRejected("tooBig");
  let found: { ext: string; mime: string } | undefined;
  try {
    found = await fileTypeFromBuffer(bytes);
  } catch {
    throw new DocumentRejected("notAllowed");
  }
  const mime = found && DOCUMENT_TYPES[found.ext];
  if (!found || !mime) throw new DocumentRejected("notAllowed");
  return { ext: found.ext, mime };
}

const EXT_ALIASES: Record<string, string[]> = { jpg: ["jpg", "jpeg"] };

/**
 * A file name that is safe to store and to send back: no path, no control or reserved
 * characters, at most 120 characters, and an extension that matches the real type (so a
 * `.pdf` that is really a `.docx` is saved as `.docx`).
 */
export function safeFileName(original: string | null | undefined, ext: string): string {
  const base = (original ?? "").split(/[\\/]/).pop() ?? "";
  const name = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/["*:<>?|;\\/]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const dot = name.lastIndexOf(".");
  const currentExt = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const matches = (EXT_ALIASES[ext] ?? [ext]).includes(currentExt);
  const stem = (matches ? name.slice(0, dot) : name).slice(0, 110).trim() || "zalacznik";
  return `${stem}.${matches ? currentExt : ext}`;
}

/** `attachment` with an ASCII fallback name and the UTF-8 one (RFC 6266 / 8187). */
export function attachmentDisposition(fileName: string): string {
  return contentDisposition(fileName, { type: "attachment" });
}
