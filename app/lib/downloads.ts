import "server-only";
// Plain modules without decorators (node:fs, content-disposition; stores shared through
// globalThis), so loading them in a route cannot duplicate decorator metadata.
/* eslint-disable @typescript-eslint/no-restricted-imports */
import { attachmentDisposition } from "../../server/storage/documents";
import { fileStorage, type StorageArea } from "../../server/storage/file-storage";
/* eslint-enable @typescript-eslint/no-restricted-imports */

/** The one answer for a file that is missing or not the asker's to have: the two must not differ. */
const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

/** A stored document as the API described it to the asker (it decided who may have it). */
export interface StoredDocument {
  area: StorageArea;
  fileKey: string;
  fileName: string;
  contentType: string;
  cacheControl: string;
}

/**
 * The GET handler of `…/{id}`, a stored document: `find` asks the API, which decides who
 * may have it (null: missing, or not the asker's — the same 404, as when its file is
 * gone). Always a download (never shown inline), never sniffed, cached only as `find` says.
 */
export function documentDownloadRoute(find: (id: string) => Promise<StoredDocument | null>) {
  return async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const doc = await find((await params).id);
    return doc ? serveDocument(doc) : notFound();
  };
}

async function serveDocument(doc: StoredDocument): Promise<Response> {
  const bytes = await fileStorage(doc.area).get(doc.fileKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": doc.contentType,
      "content-length": String(bytes.length),
      "content-disposition": attachmentDisposition(doc.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": doc.cacheControl,
    },
  });
}
