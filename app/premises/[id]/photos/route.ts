import { graphql } from "../../../gql";
import { gql } from "../../../lib/graphql-server";
import { photoUploadRoute } from "../../../lib/uploads";

const AddPhoto = graphql(`
  mutation AddPremisesPhoto($premisesId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
    addPremisesPhoto(premisesId: $premisesId, key: $key, width: $width, height: $height, alt: $alt) {
      ...PremisesPhotoFields
    }
  }
`);

/**
 * POST /premises/{id}/photos (multipart: `file`, optional `alt`), OFFICIAL or ADMIN:
 * refuses what is not an image or too big, stores a resized WebP and a thumbnail, then
 * registers the photo through the API (which checks the premises and the rights again).
 */
export const POST = photoUploadRoute(async (premisesId, photo) => (await gql(AddPhoto, { premisesId, ...photo })).addPremisesPhoto, {
  area: "premises",
  roles: ["OFFICIAL", "ADMIN"],
});
