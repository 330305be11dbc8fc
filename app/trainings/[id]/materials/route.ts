import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { handleDocumentUpload } from "../../../lib/uploads";

const AddMaterial = graphql(`
  mutation AddTrainingMaterialFile($trainingId: ID!, $input: TrainingMaterialInput!) {
    addTrainingMaterial(trainingId: $trainingId, input: $input) {
      id
      url
    }
  }
`);

/** POST /trainings/{id}/materials (multipart: `file`, `title`, `public`): organisers; the API checks again. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleDocumentUpload(
    request,
    async (f, form) =>
      (
        await gql(AddMaterial, {
          trainingId: id,
          input: { title: String(form.get("title") ?? "").slice(0, 200), key: f.key, fileName: f.fileName, public: !!form.get("public") },
        })
      ).addTrainingMaterial,
    "training-materials",
  );
}
