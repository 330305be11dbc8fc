import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { handleDocumentUpload } from "../../../../lib/uploads";

const SetAttachment = graphql(`
  mutation SetOfferAttachment($demandId: ID!, $key: String!, $fileName: String) {
    setOfferAttachment(demandId: $demandId, key: $key, fileName: $fileName) {
      id
      fileName
      url
    }
  }
`);

/** POST /marketplace/demands/{id}/offer-attachment (multipart: `file`): the own organisation's offer, before the deadline. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleDocumentUpload(request, async (f) => (await gql(SetAttachment, { demandId: id, ...f })).setOfferAttachment);
}
