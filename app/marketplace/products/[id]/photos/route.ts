import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { handlePhotoUpload } from "../../../../lib/uploads";

const AddPhoto = graphql(`
  mutation AddProductPhoto($productId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
    addProductPhoto(productId: $productId, key: $key, width: $width, height: $height, alt: $alt) {
      id
      url
      thumbUrl
      alt
    }
  }
`);

/** POST /marketplace/products/{id}/photos (multipart: `file`, optional `alt`): members of the organisation. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handlePhotoUpload(request, async (p) => (await gql(AddPhoto, { productId: id, ...p })).addProductPhoto);
}
