import "server-only";
import { MULTIPART_OVERHEAD_BYTES } from "../../entities/file-limits";
import { GraphQLRequestError } from "./graphql-server";
import { server } from "./server";
import { currentUser } from "./session";
// Plain modules without decorators (node:fs, sharp, file-type; stores shared through
// globalThis), so loading them in a route cannot duplicate decorator metadata.
/* eslint-disable @typescript-eslint/no-restricted-imports */
import { DocumentRejected, MAX_DOCUMENT_BYTES, detectDocument } from "../../server/storage/documents";
import { fileStorage, type FileStorage, type StorageArea } from "../../server/storage/file-storage";
import { MAX_PHOTO_BYTES, PhotoRejected, deletePhotoFiles, newFileKey, storePhoto } from "../../server/storage/photos";
/* eslint-enable @typescript-eslint/no-restricted-imports */

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
const refused = (status: number, file: string) => json(status, { error: "BAD_USER_INPUT", fields: { file } });
/** A file over the limit: the answer names the limit, in bytes and in words. */
const tooBig = (maxBytes: number) =>
  json(413, { error: "BAD_USER_INPUT", fields: { file: "tooBig" }, maxBytes, message: `The file is too big (at most ${maxBytes / 1024 / 1024} MB).` });

type Role = "ADMIN" | "OFFICIAL" | "PES_MEMBER" | "RESIDENT";

/**
 * Whether the browser says the request comes from this site's pages (it sends `Origin` with
 * every POST from a page). An opaque "null" (a sandboxed frame, a redirect across sites) or
 * an unreadable value is another site's, not an error.
 */
function fromOwnPage(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  return URL.canParse(origin) && new URL(origin).host === request.headers.get("host");
}

/**
 * Same origin, signed in (with one of `roles`, when given: a quick refusal before the
 * body is read; the API checks again), one `file` within the limit; otherwise the
 * refusal to send back.
 */
async function readUpload(request: Request, maxBytes: number, roles?: Role[]): Promise<{ bytes: Buffer; name: string; form: FormData } | Response> {
  if (!fromOwnPage(request)) return json(403, { error: "FORBIDDEN" });
  const user = await currentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  if (roles && !roles.includes(user.role as Role)) return json(403, { error: "FORBIDDEN" });
  if (!(await server().allowUpload(user.id))) return json(429, { error: "RATE_LIMITED" });
  // Before reading the body: a multipart envelope is a few hundred bytes over the file.
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + MULTIPART_OVERHEAD_BYTES) return tooBig(maxBytes);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refused(400, "missing");
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return refused(400, "missing");
  if (file.size > maxBytes) return tooBig(maxBytes);
  return { bytes: Buffer.from(await file.arrayBuffer()), name: file instanceof File ? file.name : "", form };
}

/** The API's refusal as an HTTP answer (the API checked the object and the rights again). */
function apiRefusal(err: unknown): Response {
  if (!(err instanceof GraphQLRequestError)) throw err;
  const status = err.code === "NOT_FOUND" ? 404 : err.code === "FORBIDDEN" ? 403 : err.code === "UNAUTHENTICATED" ? 401 : 400;
  return json(status, { error: err.code, fields: err.fields });
}

/** How an image upload is stored: the area, or a store of its own (partner logos are one file, not two). */
export interface ImageUploadOptions {
  /** Where the photo and its thumbnail go (default: the marketplace's photos). */
  area?: StorageArea;
  /** A processing and store of its own, with the way to take the files back. */
  custom?: { store: (bytes: Buffer) => Promise<{ key: string; width: number; height: number }>; discard: (key: string) => Promise<void> };
  roles?: Role[];
}

/**
 * An image upload: refuses what is not an image or too big, stores a resized WebP (and
 * a thumbnail; EXIF stripped), then registers it through the API; the files go again if
 * the API refuses.
 */
export async function handlePhotoUpload(
  request: Request,
  register: (photo: { key: string; width: number; height: number; alt: string | null }) => Promise<unknown>,
  options: ImageUploadOptions = {},
): Promise<Response> {
  const upload = await readUpload(request, MAX_PHOTO_BYTES, options.roles);
  if (upload instanceof Response) return upload;
  const altValue = upload.form.get("alt");
  const alt = typeof altValue === "string" && altValue.trim() ? altValue.trim().slice(0, 200) : null;
  const storage: FileStorage = fileStorage(options.area ?? "marketplace-photos");
  const store = options.custom?.store ?? ((bytes: Buffer) => storePhoto(storage, bytes));
  const discard = options.custom?.discard ?? ((key: string) => deletePhotoFiles(storage, [key]));
  let stored;
  try {
    stored = await store(upload.bytes);
  } catch (err) {
    if (err instanceof PhotoRejected) return err.reason === "tooBig" ? tooBig(MAX_PHOTO_BYTES) : refused(400, err.reason);
    throw err;
  }
  try {
    return json(201, await register({ ...stored, alt }));
  } catch (err) {
    await discard(stored.key);
    return apiRefusal(err);
  }
}

/**
 * The POST handler of an image upload to the object `…/{id}/…` names (multipart: `file`,
 * optional `alt`): stores it as `options` say, then `register` adds it to object `id`
 * through the API, which checks the object and the rights again.
 */
export function photoUploadRoute(
  register: (id: string, photo: { key: string; width: number; height: number; alt: string | null }) => Promise<unknown>,
  options?: ImageUploadOptions,
) {
  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const { id } = await params;
    return handlePhotoUpload(request, (photo) => register(id, photo), options);
  };
}

/** GET of a stored public WebP image under a random, never reused name (so: cached for good). */
export async function servePublicImage(storage: FileStorage, file: string, isValidName: (name: string) => boolean): Promise<Response> {
  if (!isValidName(file)) return new Response("Not found", { status: 404 });
  const bytes = await storage.get(file);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * A document upload: refuses a type not allowed (found from the bytes) or a file too
 * big, stores it under a random key and registers it through the API (which inspects it
 * again); the file goes again if the API refuses.
 */
export async function handleDocumentUpload(
  request: Request,
  register: (file: { key: string; fileName: string }, form: FormData) => Promise<unknown>,
  area: StorageArea = "marketplace-attachments",
): Promise<Response> {
  const upload = await readUpload(request, MAX_DOCUMENT_BYTES);
  if (upload instanceof Response) return upload;
  try {
    await detectDocument(upload.bytes);
  } catch (err) {
    if (err instanceof DocumentRejected) return err.reason === "tooBig" ? tooBig(MAX_DOCUMENT_BYTES) : refused(400, err.reason);
    throw err;
  }
  const storage = fileStorage(area);
  const key = newFileKey();
  await storage.put(key, upload.bytes, "application/octet-stream");
  try {
    return json(201, await register({ key, fileName: upload.name.slice(0, 255) }, upload.form));
  } catch (err) {
    await storage.delete(key);
    return apiRefusal(err);
  }
}

/**
 * The POST handler of a document upload to the object that the route parameter `param`
 * names (multipart: `file`, and what else the form sends): `register` adds the file,
 * stored in `area`, to it through the API, which checks the object and the rights again.
 */
export function documentUploadRoute<P extends string>(
  param: P,
  register: (id: string, file: { key: string; fileName: string }, form: FormData) => Promise<unknown>,
  area?: StorageArea,
) {
  return async function POST(request: Request, { params }: { params: Promise<Record<P, string>> }): Promise<Response> {
    const id = (await params)[param];
    return handleDocumentUpload(request, (file, form) => register(id, file, form), area);
  };
}
