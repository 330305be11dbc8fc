import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { photoUploadRoute } from "../../../../lib/uploads";

const AddPhoto = graphql(`
  mutation AddEquipmentNoticePhoto($noticeId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
    addEquipmentNoticePhoto(noticeId: $noticeId, key: $key, width: $width, height: $height, alt: $alt) {
      ...UploadedMarketplacePhoto
    }
  }
`);

/** POST /marketplace/equipment/{id}/photos: the notice's owner. */
export const POST = photoUploadRoute(async (noticeId, photo) => (await gql(AddPhoto, { noticeId, ...photo })).addEquipmentNoticePhoto);
