import "server-only";
// Plain modules without decorators (node:fs, content-disposition; stores shared through
// globalThis), so loading them in a route cannot duplicate decorator metadata.
/* eslint-disable @typescript-eslint/no-restricted-imports */
import { attachmentDisposition } from "../../server/storage/documents";
import { fileStorage, type StorageArea } from "../../server/storage/file-storage";
/* eslint-enable @typescript-eslint/no-restricted-imports */
import type { TypedDocumentString } from "../gql/graphql";
import { gql } from "./graphql-server";

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
 * The GET handler of `…/{id}`, a stored document: `query` asks the API, which decides who
 * may have it; `describe` reads the document from its answer (null: missing, or not the
 * asker's). A refused query, a null and a gone file all get the same 404. Always a download
 * (never shown inline), never sniffed, cached only as `describe` says.
 */
export function documentDownloadRoute<R>(query: TypedDocumentString<R, { id: string }>, describe: (data: R) => StoredDocument | null) {
  return async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const data = await gql(query, { id: (await params).id }).catch(() => null);
    const doc = data && describe(data);
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
