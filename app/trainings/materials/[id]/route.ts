import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { downloadNotFound, serveDocument } from "../../../lib/downloads";

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

/** GET /trainings/materials/{id} — a material's file; the API decides who may have it (404 otherwise). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const { trainingMaterial: m } = await gql(MaterialQuery, { id }).catch(() => ({ trainingMaterial: null }));
  if (!m?.fileKey || !m.contentType) return downloadNotFound();
  const cacheControl = m.public ? "public, max-age=300" : "private, no-cache";
  return serveDocument({ area: "training-materials", fileKey: m.fileKey, fileName: m.fileName ?? "material", contentType: m.contentType, cacheControl });
}
