import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { photoUploadRoute } from "../../../../lib/uploads";
// A plain module without decorators (sharp and the shared photo checks only, its store
// shared through globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { partnerLogoStorage, storeLogo } from "../../../../../server/modules/news/partner-logos";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { logoFile } from "../../../../../server/storage/logos";

const SetLogo = graphql(`
  mutation SetProgrammePartnerLogo($id: ID!, $key: String!, $width: Int!, $height: Int!) {
    setProgrammePartnerLogo(id: $id, key: $key, width: $width, height: $height) { id logoUrl logoWidth logoHeight }
  }
`);

/**
 * POST /programme/partners/{id}/logo (multipart: `file`), ADMIN: refuses what is not an
 * image or too big (the photos' checks), stores a resized WebP, then registers it through
 * the API (which checks the partner and the rights again).
 */
export const POST = photoUploadRoute(async (id, logo) => (await gql(SetLogo, { id, key: logo.key, width: logo.width, height: logo.height })).setProgrammePartnerLogo, {
  roles: ["ADMIN"],
  custom: { store: storeLogo, discard: (key) => partnerLogoStorage().delete(logoFile(key)) },
});
