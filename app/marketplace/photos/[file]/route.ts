// A plain module without decorators (node:fs only, its stores shared through globalThis).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { fileStorage } from "../../../../server/storage/file-storage";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { isPhotoFileName } from "../../../../server/storage/photos";

/** GET /marketplace/photos/{key}.webp — photos of notices and catalogue entries (public); names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!isPhotoFileName(file)) return new Response("Not found", { status: 404 });
  const bytes = await fileStorage("marketplace-photos").get(file);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
