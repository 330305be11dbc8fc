import { graphql } from "../../../../gql";
import { GraphQLRequestError, gql } from "../../../../lib/graphql-server";
import { currentUser } from "../../../../lib/session";
// A plain module without decorators (sharp and the shared photo checks only, its store
// shared through globalThis), so loading it in this route cannot duplicate decorator metadata.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { MAX_LOGO_BYTES, PhotoRejected, logoFile, partnerLogoStorage, storeLogo } from "../../../../../server/modules/news/partner-logos";

const SetLogo = graphql(`
  mutation SetProgrammePartnerLogo($id: ID!, $key: String!, $width: Int!, $height: Int!) {
    setProgrammePartnerLogo(id: $id, key: $key, width: $width, height: $height) { id logoUrl logoWidth logoHeight }
  }
`);

const json = (status: number, body: unknown) => Response.json(body, { status });

/**
 * POST /programme/partners/{id}/logo (multipart: `file`), ADMIN: refuses what is not an
 * image or too big (the premises photos' checks), stores a resized WebP, then registers
 * it through the API (which checks the partner and the rights again).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return json(403, { error: "FORBIDDEN" });
  const user = await currentUser();
  if (!user) return json(401, { error: "UNAUTHENTICATED" });
  if (user.role !== "ADMIN") return json(403, { error: "FORBIDDEN" });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_LOGO_BYTES + 64 * 1024) return json(413, { error: "BAD_USER_INPUT", fields: { file: "tooBig" } });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { error: "BAD_USER_INPUT", fields: { file: "notImage" } });
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return json(400, { error: "BAD_USER_INPUT", fields: { file: "missing" } });
  if (file.size > MAX_LOGO_BYTES) return json(413, { error: "BAD_USER_INPUT", fields: { file: "tooBig" } });
  let logo;
  try {
    logo = await storeLogo(Buffer.from(await file.arrayBuffer()));
  } catch (err) {
    if (err instanceof PhotoRejected) return json(400, { error: "BAD_USER_INPUT", fields: { file: err.reason } });
    throw err;
  }
  try {
    const { id } = await params;
    const data = await gql(SetLogo, { id, key: logo.key, width: logo.width, height: logo.height });
    return json(201, data.setProgrammePartnerLogo);
  } catch (err) {
    await partnerLogoStorage().delete(logoFile(logo.key));
    if (err instanceof GraphQLRequestError) {
      const status = err.code === "NOT_FOUND" ? 404 : err.code === "FORBIDDEN" ? 403 : 400;
      return json(status, { error: err.code, fields: err.fields });
    }
    throw err;
  }
}
