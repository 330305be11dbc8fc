import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { handleDocumentUpload } from "../../../../lib/uploads";

const AddDocument = graphql(`
  mutation AddLettingApplicationDocument($roundId: ID!, $key: String!, $fileName: String) {
    addLettingApplicationDocument(roundId: $roundId, key: $key, fileName: $fileName) {
      id
      fileName
      url
    }
  }
`);

/** POST /premises/letting/{roundId}/documents (multipart: `file`): the own organisation's application, before the deadline. */
export async function POST(request: Request, { params }: { params: Promise<{ roundId: string }> }): Promise<Response> {
  const { roundId } = await params;
  return handleDocumentUpload(request, async (f) => (await gql(AddDocument, { roundId, ...f })).addLettingApplicationDocument);
}
