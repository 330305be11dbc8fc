import { servePublicImage } from "../../../lib/uploads";
// A plain module without decorators (node:fs only, its stores shared through globalThis).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { fileStorage } from "../../../../server/storage/file-storage";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { isPhotoFileName } from "../../../../server/storage/photos";

/** GET /premises/photos/{key}.webp — the stored photo files; names are random and never reused. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return servePublicImage(fileStorage("premises"), (await params).file, isPhotoFileName);
}
