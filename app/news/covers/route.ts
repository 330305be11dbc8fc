import { handlePhotoUpload } from "../../lib/uploads";
// A plain module without decorators (sharp and the shared photo checks only, its store
// shared through globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { discardNewsCover, newsCoverPath, storeNewsCover } from "../../../server/modules/news/news-covers";

/**
 * POST /news/covers (multipart: `file`), ADMIN: a news post's cover image, checked and
 * resized like every photo, stored by the app and served from /news/covers/{key}.webp.
 * Answers `{ url }` — the editor puts it into the post's cover field, which the API
 * accepts as an uploaded cover's path.
 */
export async function POST(request: Request): Promise<Response> {
  return handlePhotoUpload(request, async (cover) => ({ url: newsCoverPath(cover.key), width: cover.width, height: cover.height }), {
    roles: ["ADMIN"],
    custom: { store: storeNewsCover, discard: discardNewsCover },
  });
}
