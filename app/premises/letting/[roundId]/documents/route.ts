import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { documentUploadRoute } from "../../../../lib/uploads";

const AddDocument = graphql(`
  mutation AddLettingApplicationDocument($roundId: ID!, $key: String!, $fileName: String) {
    addLettingApplicationDocument(roundId: $roundId, key: $key, fileName: $fileName) {
      ...UploadedAttachment
    }
  }
`);

/** POST /premises/letting/{roundId}/documents (multipart: `file`): the own organisation's application, before the deadline. */
export const POST = documentUploadRoute("roundId", async (roundId, f) => (await gql(AddDocument, { roundId, ...f })).addLettingApplicationDocument);
