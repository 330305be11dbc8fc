import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { documentUploadRoute } from "../../../lib/uploads";

const AddMaterial = graphql(`
  mutation AddTrainingMaterialFile($trainingId: ID!, $input: TrainingMaterialInput!) {
    addTrainingMaterial(trainingId: $trainingId, input: $input) {
      id
      url
    }
  }
`);

/** POST /trainings/{id}/materials (multipart: `file`, `title`, `public`): organisers; the API checks again. */
export const POST = documentUploadRoute(
  "id",
  async (trainingId, f, form) => {
    const input = { title: String(form.get("title") ?? "").slice(0, 200), key: f.key, fileName: f.fileName, public: !!form.get("public") };
    return (await gql(AddMaterial, { trainingId, input })).addTrainingMaterial;
  },
  "training-materials",
);
