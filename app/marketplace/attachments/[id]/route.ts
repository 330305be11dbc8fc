import { graphql } from "../../../lib/graphql-document";
import { documentDownloadRoute } from "../../../lib/downloads";

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
 * official and admins); anyone else gets the same 404 as for a missing one. Sealed files
 * are never cached.
 */
export const GET = documentDownloadRoute(AttachmentQuery, ({ marketplaceAttachment: a }) =>
  a ? { area: "marketplace-attachments", ...a, cacheControl: a.sealed ? "private, no-store" : "private, no-cache" } : null,
);
