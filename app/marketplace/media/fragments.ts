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
