import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
// Plain modules without decorators (node:fs, content-disposition; stores shared through globalThis).
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { attachmentDisposition } from "../../../../server/storage/documents";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { fileStorage } from "../../../../server/storage/file-storage";

const MaterialQuery = graphql(`
  query TrainingMaterialDownload($id: ID!) {
    trainingMaterial(id: $id) {
      id
      public
      fileName
      fileKey
      contentType
    }
  }
`);

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

/** GET /trainings/materials/{id} — a material's file; the API decides who may have it (404 otherwise). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { trainingMaterial: m } = await gql(MaterialQuery, { id }).catch(() => ({ trainingMaterial: null }));
  if (!m?.fileKey || !m.contentType) return notFound();
  const bytes = await fileStorage("training-materials").get(m.fileKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": m.contentType,
      "content-length": String(bytes.length),
      "content-disposition": attachmentDisposition(m.fileName ?? "material"),
      "x-content-type-options": "nosniff",
      "cache-control": m.public ? "public, max-age=300" : "private, no-cache",
    },
  });
}
