import { servePublicImage } from "../../../lib/uploads";
// A plain module without decorators (see ../route.ts).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { isNewsCoverFileName, newsCoverStorage } from "../../../../server/modules/news/news-covers";

/** GET /news/covers/{key}.webp — uploaded news covers; names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return servePublicImage(newsCoverStorage(), (await params).file, isNewsCoverFileName);
}
