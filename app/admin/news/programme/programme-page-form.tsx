"use client";
import { SubmitButton } from "../../../components/forms/submit-button";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useSavedForm } from "../../../components/forms/server-form";
import { ActionStatus, useBusyAction } from "../../../components/forms/action-status";
import { lengthRule, TextAreaField, TextField } from "../../../components/forms/text-field";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { MarkdownPreview, useMarkdownPreview } from "../markdown-preview";
import styles from "../news-admin.module.css";

const UpdateProgrammePageMutation = graphql(`
  mutation UpdateProgrammePage($key: String!, $input: ProgrammePageInput!) {
    updateProgrammePage(key: $key, input: $input) { key title hasUnpublishedChanges updatedAt }
  }
`);
const PublishProgrammePageMutation = graphql(`
  mutation PublishProgrammePage($key: String!) {
    publishProgrammePage(key: $key) { key title publishedAt hasUnpublishedChanges }
  }
`);
const DiscardProgrammePageDraftMutation = graphql(`
  mutation DiscardProgrammePageDraft($key: String!) {
    discardProgrammePageDraft(key: $key) { key hasUnpublishedChanges }
  }
`);

interface Values {
  title: string;
  body: string;
}

/**
 * Edits one section of /programme in Markdown with the same live preview as news. Saving
 * keeps a draft (and a revision); readers see the published text until "Publish changes".
 */
export function ProgrammePageForm({
  pageKey,
  initial,
  hasUnpublishedChanges = false,
}: {
  pageKey: string;
  /** The working copy: the pending edit, else the published text. */
  initial: Values;
  hasUnpublishedChanges?: boolean;
}) {
  const t = useTranslations("programme.admin");
  const tn = useTranslations("news.editor");
  const router = useRouter();
  // The page re-mounts this form after each save (its key changes): keep the confirmation.
  const { status, show, clear, busy, run } = useBusyAction(null, `programme-page:${pageKey}`);
  const [pending, setPending] = useState(hasUnpublishedChanges);
  const { register, handleSubmit, formState, setError, control, reset, trigger, getValues } = useSavedForm<Values>({ defaultValues: initial });
  const body = useWatch({ control, name: "body" });

  const preview = useMarkdownPreview(body ?? "");

  const save = async (v: Values): Promise<boolean> => {
    clear();
    const res = await gqlClient(UpdateProgrammePageMutation, { key: pageKey, input: { title: v.title.trim(), body: v.body } });
    if (res.error) {
      const f = res.error.fields ?? {};
      if (f.title) setError("title", { message: f.title });
      if (f.body) setError("body", { message: f.body });
      if (!f.title && !f.body) show("error", t("errors.generic"));
      return false;
    }
    reset(v);
    setPending(res.data.updateProgrammePage.hasUnpublishedChanges);
    show("success", t("saved"));
    router.refresh();
    return true;
  };

  const act = async (kind: "publish" | "discard") => {
    await run(async () => {
      // Publishing takes what is on screen: save first.
      if (kind === "publish" && formState.isDirty) {
        if (!(await trigger()) || !(await save(getValues()))) return;
      }
      const res =
        kind === "publish"
          ? await gqlClient(PublishProgrammePageMutation, { key: pageKey })
          : await gqlClient(DiscardProgrammePageDraftMutation, { key: pageKey });
      if (res.error) return show("error", t("errors.generic"));
      setPending(false);
      show("success", t(kind === "publish" ? "published" : "discarded"));
      router.refresh();
    });
  };

  return (
    <div className={styles.editor}>
      <form className={`form ${styles.form}`} onSubmit={handleSubmit((v) => save(v))} noValidate>
        <div className={styles.status}>
          <ActionStatus status={status} />
          <p className={`alert ${pending ? "alert-info" : "alert-success"}`} data-testid="programme-state">
            {pending ? t("state.draft") : t("state.published")}
          </p>
        </div>
        <TextField id="programme-title" label={t("titleLabel")} error={formState.errors.title?.message} registration={register("title", lengthRule(2, 200, t("errors.title")))} />
        <TextAreaField
          id="programme-body" label={t("body")} hint={tn("bodyHint")} error={formState.errors.body?.message} rows={18} className={styles.bodyInput}
          registration={register("body", { validate: (s) => !!s.trim() || t("errors.body") })}
        />
        <div className={styles.actions}>
          <SubmitButton submitting={formState.isSubmitting || busy}>{formState.isSubmitting ? tn("saving") : t("save")}</SubmitButton>
          <button type="button" className="button" disabled={busy || (!pending && !formState.isDirty)} onClick={() => act("publish")}>
            {tn("publishChanges")}
          </button>
          {pending && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => act("discard")}>
              {t("discard")}
            </button>
          )}
        </div>
      </form>
      <MarkdownPreview id="programme-preview-heading" heading={tn("preview")} html={preview} empty={tn("previewEmpty")} />
    </div>
  );
}
