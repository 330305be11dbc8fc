import { servePublicImage } from "../../../lib/uploads";
// A plain module without decorators (sharp and the shared photo checks only, its store
// shared through globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { partnerLogoStorage } from "../../../../server/modules/news/partner-logos";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { isLogoFileName } from "../../../../server/storage/logos";

/** GET /programme/partner-logos/{key}.webp — partner logos; names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return servePublicImage(partnerLogoStorage(), (await params).file, isLogoFileName);
}
