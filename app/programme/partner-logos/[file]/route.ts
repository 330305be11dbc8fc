// A plain module without decorators (sharp and the shared photo checks only, its store
// shared through globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { isLogoFileName, partnerLogoStorage } from "../../../../server/modules/news/partner-logos";

/** GET /programme/partner-logos/{key}.webp — partner logos; names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!isLogoFileName(file)) return new Response("Not found", { status: 404 });
  const bytes = await partnerLogoStorage().get(file);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
