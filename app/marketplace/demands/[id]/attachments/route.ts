import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { handleDocumentUpload } from "../../../../lib/uploads";

const AddAttachment = graphql(`
  mutation AddDemandAttachment($demandId: ID!, $key: String!, $fileName: String) {
    addDemandAttachment(demandId: $demandId, key: $key, fileName: $fileName) {
      id
      fileName
      url
    }
  }
`);

/** POST /marketplace/demands/{id}/attachments (multipart: `file`): the posting official or an admin. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleDocumentUpload(request, async (f) => (await gql(AddAttachment, { demandId: id, ...f })).addDemandAttachment);
}
