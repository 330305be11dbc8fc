import { graphql } from "../../lib/graphql-document";

/** What the photo manager shows of a photo it has just uploaded (the photo routes return it as JSON). */
export const UploadedMarketplacePhoto = graphql(`
  fragment UploadedMarketplacePhoto on MarketplacePhoto {
    id
    url
    thumbUrl
    alt
  }
`);

/** What the document uploader shows of a file it has just uploaded (the document routes return it as JSON). */
export const UploadedAttachment = graphql(`
  fragment UploadedAttachment on Attachment {
    id
    fileName
    url
  }
`);
