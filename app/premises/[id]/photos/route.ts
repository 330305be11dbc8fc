import { graphql } from "../../../gql";
import { GraphQLRequestError, gql } from "../../../lib/graphql-server";
import { currentUser } from "../../../lib/session";
// A plain module without decorators (node:fs and sharp only, its store shared through
// globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import {
  MAX_PHOTO_BYTES,
  PhotoRejected,
  newPhotoKey,
  photoFile,
  photoStorage,
  processPhoto,
} from "../../../../server/modules/premises/photo-storage";

const AddPhoto = graphql(`
  mutation AddPremisesPhoto($premisesId: ID!, $key: String!, $width: Int!, $height: Int!, $alt: String) {
    addPremisesPhoto(premisesId: $premisesId, key: $key, width: $width, height: $height, alt: $alt) {
      id
      url
      thumbUrl
      width
      height
      alt
    }
  }
`);

const json = (status: number, body: unknown) => Response.json(body, { status });

/**
 * POST /premises/{id}/photos (multipart: `file`, optional `alt`), OFFICIAL or ADMIN:
 * refuses what is not an image or too big, stores a resized WebP and a thumbnail, then
 * registers the photo through the API (which checks the premises and the rights again).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return json(403, { error: "FORBIDDEN" });
  const user = await currentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  if (user.role !== "OFFICIAL" && user.role !== "ADMIN") return json(403, { error: "FORBIDDEN" });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_PHOTO_BYTES + 64 * 1024) return json(413, { error: "BAD_USER_INPUT", fields: { file: "tooBig" } });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { error: "BAD_USER_INPUT", fields: { file: "notImage" } });
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return json(400, { error: "BAD_USER_INPUT", fields: { file: "missing" } });
  if (file.size > MAX_PHOTO_BYTES) return json(413, { error: "BAD_USER_INPUT", fields: { file: "tooBig" } });
  const alt = typeof form.get("alt") === "string" ? String(form.get("alt")).slice(0, 200) : null;
  let processed;
  try {
    processed = await processPhoto(Buffer.from(await file.arrayBuffer()));
  } catch (err) {
    if (err instanceof PhotoRejected) return json(400, { error: "BAD_USER_INPUT", fields: { file: err.reason } });
    throw err;
  }
  const key = newPhotoKey();
  const storage = photoStorage();
  await storage.put(photoFile(key), processed.full, "image/webp");
  await storage.put(photoFile(key, true), processed.thumb, "image/webp");
  try {
    const { id } = await params;
    const data = await gql(AddPhoto, { premisesId: id, key, width: processed.width, height: processed.height, alt });
    return json(201, data.addPremisesPhoto);
  } catch (err) {
    await Promise.allSettled([storage.delete(photoFile(key)), storage.delete(photoFile(key, true))]);
    if (err instanceof GraphQLRequestError) {
      const status = err.code === "NOT_FOUND" ? 404 : err.code === "FORBIDDEN" ? 403 : 400;
      return json(status, { error: err.code, fields: err.fields });
    }
    throw err;
  }
}
