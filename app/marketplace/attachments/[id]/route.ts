import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
// Plain modules without decorators (node:fs, content-disposition; stores shared through globalThis).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { attachmentDisposition } from "../../../../server/storage/documents";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { fileStorage } from "../../../../server/storage/file-storage";

const AttachmentQuery = graphql(`
  query MarketplaceAttachmentDownload($id: ID!) {
    marketplaceAttachment(id: $id) {
      id
      fileName
      contentType
      sealed
      fileKey
    }
  }
`);

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

/**
 * GET /marketplace/attachments/{id} — a demand's or an offer's document. The API decides
 * who may have it (an offer's only its organisation, and after the deadline the posting
 * official and admins); anyone else gets the same 404 as for a missing one. Always a
 * download (never shown inline), never sniffed; sealed files are never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { marketplaceAttachment: a } = await gql(AttachmentQuery, { id }).catch(() => ({ marketplaceAttachment: null }));
  if (!a) return notFound();
  const bytes = await fileStorage("marketplace-attachments").get(a.fileKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": a.contentType,
      "content-length": String(bytes.length),
      "content-disposition": attachmentDisposition(a.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": a.sealed ? "private, no-store" : "private, no-cache",
    },
  });
}
