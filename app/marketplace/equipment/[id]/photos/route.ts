import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { handlePhotoUpload } from "../../../../lib/uploads";

const AddPhoto = graphql(`
  mutation AddEquipmentNoticePhoto($noticeId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
    addEquipmentNoticePhoto(noticeId: $noticeId, key: $key, width: $width, height: $height, alt: $alt) {
      id
      url
      thumbUrl
      alt
    }
  }
`);

/** POST /marketplace/equipment/{id}/photos (multipart: `file`, optional `alt`): the notice's owner. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handlePhotoUpload(request, async (p) => (await gql(AddPhoto, { noticeId: id, ...p })).addEquipmentNoticePhoto);
}
