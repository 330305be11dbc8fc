import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { documentUploadRoute } from "../../../../lib/uploads";

const SetAttachment = graphql(`
  mutation SetOfferAttachment($demandId: ID!, $key: String!, $fileName: String) {
    setOfferAttachment(demandId: $demandId, key: $key, fileName: $fileName) {
      ...UploadedAttachment
    }
  }
`);

/** POST /marketplace/demands/{id}/offer-attachment (multipart: `file`): the own organisation's offer, before the deadline. */
export const POST = documentUploadRoute("id", async (demandId, f) => (await gql(SetAttachment, { demandId, ...f })).setOfferAttachment);
