import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { downloadNotFound, serveDocument } from "../../../lib/downloads";

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

/**
 * GET /marketplace/attachments/{id} — a demand's or an offer's document. The API decides
 * who may have it (an offer's only its organisation, and after the deadline the posting
 * official and admins); anyone else gets the same 404 as for a missing one. Always a
 * download (never shown inline), never sniffed; sealed files are never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { marketplaceAttachment: a } = await gql(AttachmentQuery, { id }).catch(() => ({ marketplaceAttachment: null }));
  if (!a) return downloadNotFound();
  const cacheControl = a.sealed ? "private, no-store" : "private, no-cache";
  return serveDocument({ area: "marketplace-attachments", fileKey: a.fileKey, fileName: a.fileName, contentType: a.contentType, cacheControl });
}
