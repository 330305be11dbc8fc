import { graphql } from "../../../lib/graphql-document";
import { documentDownloadRoute } from "../../../lib/downloads";

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

/** GET /trainings/materials/{id} — a material's file (a link-only material has none); the API decides who may have it. */
export const GET = documentDownloadRoute(MaterialQuery, ({ trainingMaterial: m }) => {
  if (!m?.fileKey || !m.contentType) return null;
  const cacheControl = m.public ? "public, max-age=300" : "private, no-cache";
  return { area: "training-materials", fileKey: m.fileKey, contentType: m.contentType, fileName: m.fileName ?? "material", cacheControl };
});
