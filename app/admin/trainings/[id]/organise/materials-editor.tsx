"use client";
import { CheckboxField } from "../../../../components/forms/text-field";
import { SubmitButton } from "../../../../components/forms/submit-button";
import { ScriptForm } from "../../../../components/forms/script-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../../../components/forms/action-status";
import { graphql } from "../../../../lib/graphql-document";
import { gqlClient } from "../../../../lib/graphql-client";
import { postFile } from "../../../../components/forms/post-file";

const AddLink = graphql(`
  mutation AddTrainingMaterialLink($trainingId: ID!, $input: TrainingMaterialInput!) {
    addTrainingMaterial(trainingId: $trainingId, input: $input) {
      id
    }
  }
`);
const Delete = graphql(`mutation DeleteTrainingMaterial($id: ID!) { deleteTrainingMaterial(id: $id) }`);

interface Material {
  id: string;
  title: string;
  url: string;
  isFile: boolean;
  public: boolean;
}

/** Links and files of a training, each public or for registered attendees. */
export function MaterialsEditor({ trainingId, materials }: { trainingId: string; materials: Material[] }) {
  const t = useTranslations("trainings.organise");
  const router = useRouter();
  const notice = useBusyAction();
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [isPublic, setPublic] = useState(false);

  const add = async () => {
    const ok = await notice.run(async () => {
      if (file) return (await postFile(`/trainings/${trainingId}/materials`, file, { title, public: isPublic ? "1" : "" })).ok;
      return !(await gqlClient(AddLink, { trainingId, input: { title, url, public: isPublic } })).error;
    });
    if (!ok) return notice.show("error", t("materialError"));
    setTitle("");
    setUrl("");
    setFile(null);
    notice.show("success", t("materialAdded"));
    router.refresh();
  };

  const remove = async (id: string) => {
    const res = await gqlClient(Delete, { id });
    if (res.error) return notice.show("error", t("materialError"));
    router.refresh();
  };

  return (
    <div className="stack">
      <ul>
        {materials.map((m) => (
          <li key={m.id}>
            <a href={m.url}>{m.title}</a> ({m.public ? t("public") : t("attendeesOnly")}){" "}
            <button type="button" className="button button-secondary" onClick={() => void remove(m.id)}>
              {t("removeMaterial", { title: m.title })}
            </button>
          </li>
        ))}
      </ul>
      <ScriptForm onSubmit={add}>
        <div className="field">
          <label htmlFor="mat-title">{t("materialTitle")}</label>
          <input id="mat-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="mat-url">{t("materialUrl")}</label>
          <input id="mat-url" type="url" maxLength={1000} value={url} onChange={(e) => setUrl(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="mat-file">{t("materialFile")}</label>
          <input id="mat-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <CheckboxField id="mat-public" label={t("publicLabel")} checked={isPublic} onChange={(e) => setPublic(e.target.checked)} />
        <SubmitButton submitting={notice.busy}>{t("addMaterial")}</SubmitButton>
      </ScriptForm>
      <ActionStatus status={notice.status} />
    </div>
  );
}
