import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { photoUploadRoute } from "../../../../lib/uploads";

const AddPhoto = graphql(`
  mutation AddProductPhoto($productId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
    addProductPhoto(productId: $productId, key: $key, width: $width, height: $height, alt: $alt) {
      ...UploadedMarketplacePhoto
    }
  }
`);

/** POST /marketplace/products/{id}/photos: members of the organisation. */
export const POST = photoUploadRoute(async (productId, photo) => (await gql(AddPhoto, { productId, ...photo })).addProductPhoto);
