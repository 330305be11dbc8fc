import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { documentUploadRoute } from "../../../../lib/uploads";

const AddAttachment = graphql(`
  mutation AddDemandAttachment($demandId: ID!, $key: String!, $fileName: String) {
    addDemandAttachment(demandId: $demandId, key: $key, fileName: $fileName) {
      ...UploadedAttachment
    }
  }
`);

/** POST /marketplace/demands/{id}/attachments (multipart: `file`): the posting official or an admin. */
export const POST = documentUploadRoute("id", async (demandId, f) => (await gql(AddAttachment, { demandId, ...f })).addDemandAttachment);
