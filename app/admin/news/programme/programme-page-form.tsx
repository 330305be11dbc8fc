"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Field } from "../../../components/forms/field";
import { graphql } from "../../../gql";
import { gqlClient } from "../../../lib/graphql-client";
import { RenderNewsPreviewQuery } from "../documents";
import styles from "../news-admin.module.css";

const UpdateProgrammePageMutation = graphql(`
  mutation UpdateProgrammePage($key: String!, $input: ProgrammePageInput!) {
    updateProgrammePage(key: $key, input: $input) { key title updatedAt }
  }
`);

interface Values {
  title: string;
  body: string;
}

/** Edits one section of /programme in Markdown with the same live preview as news. */
export function ProgrammePageForm({ pageKey, initial }: { pageKey: string; initial: Values }) {
  const t = useTranslations("programme.admin");
  const tn = useTranslations("news.editor");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [preview, setPreview] = useState("");
  const { register, handleSubmit, formState, setError, control, reset } = useForm<Values>({ defaultValues: initial });
  const body = useWatch({ control, name: "body" });

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const res = body?.trim() ? await gqlClient(RenderNewsPreviewQuery, { body }) : null;
      if (!cancelled) setPreview(res?.data?.renderNewsPreview ?? "");
    }, 350);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [body]);

  const onSubmit = async (v: Values) => {
    setMessage(undefined);
    const res = await gqlClient(UpdateProgrammePageMutation, { key: pageKey, input: { title: v.title.trim(), body: v.body } });
    if (res.error) {
      const f = res.error.fields ?? {};
      if (f.title) setError("title", { message: f.title });
      if (f.body) setError("body", { message: f.body });
      if (!f.title && !f.body) setMessage({ ok: false, text: t("errors.generic") });
      return;
    }
    reset(v);
    setMessage({ ok: true, text: t("saved") });
    router.refresh();
  };

  return (
    <div className={styles.editor}>
      <form className={`form ${styles.form}`} onSubmit={handleSubmit(onSubmit)} noValidate>
        <div aria-live="polite">
          {message && (
            <p className={`alert ${message.ok ? "alert-success" : "alert-error"}`} role={message.ok ? undefined : "alert"}>
              {message.text}
            </p>
          )}
        </div>
        <Field id="programme-title" label={t("titleLabel")} error={formState.errors.title?.message}>
          {(a) => (
            <input {...a} {...register("title", { validate: (s) => (s.trim().length >= 2 && s.trim().length <= 200) || t("errors.title") })} />
          )}
        </Field>
        <Field id="programme-body" label={t("body")} hint={tn("bodyHint")} error={formState.errors.body?.message}>
          {(a) => <textarea {...a} rows={18} className={styles.bodyInput} {...register("body", { validate: (s) => !!s.trim() || t("errors.body") })} />}
        </Field>
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? tn("saving") : t("save")}
        </button>
      </form>
      <section className={styles.preview} aria-labelledby="programme-preview-heading">
        <h2 id="programme-preview-heading">{tn("preview")}</h2>
        {preview ? <div className={styles.previewBody} dangerouslySetInnerHTML={{ __html: preview }} /> : <p className="muted">{tn("previewEmpty")}</p>}
      </section>
    </div>
  );
}
