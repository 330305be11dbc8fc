import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";
import { handlePhotoUpload } from "../lib/uploads";
// A plain module without decorators (sharp and node:fs only, its store shared through
// globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { discardOrganizationLogo, storeOrganizationLogo } from "../../server/modules/organizations/organization-logo-files";

const SetLogo = graphql(`
  mutation SetOrganizationLogo($organizationId: ID!, $key: String!) {
    setOrganizationLogo(organizationId: $organizationId, key: $key) { id logoUrl hasUploadedLogo }
  }
`);

/**
 * POST /organization-logos?organizationId={id} (multipart: `file`), a member of the
 * organisation or an admin: refuses what is not an image or too big, stores a WebP of at
 * most 600×300, then registers it through the API (which checks the rights again).
 */
export async function POST(request: Request): Promise<Response> {
  // The form is read once by the handler; the organisation comes from the query string.
  const organizationId = new URL(request.url).searchParams.get("organizationId") ?? "";
  return handlePhotoUpload(request, async (logo) => (await gql(SetLogo, { organizationId, key: logo.key })).setOrganizationLogo, {
    custom: { store: storeOrganizationLogo, discard: discardOrganizationLogo },
  });
}
