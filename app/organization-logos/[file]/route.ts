import { servePublicImage } from "../../lib/uploads";
// A plain module without decorators (sharp and node:fs only, its store shared through
// globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { organizationLogoStorage } from "../../../server/modules/organizations/organization-logo-files";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { isLogoFileName } from "../../../server/storage/logos";

/** GET /organization-logos/{key}.webp — uploaded organisation logos; names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return servePublicImage(organizationLogoStorage(), (await params).file, isLogoFileName);
}
