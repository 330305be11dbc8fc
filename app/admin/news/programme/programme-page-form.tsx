"use client";
import { SubmitButton } from "../../../components/forms/submit-button";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useSavedForm } from "../../../components/forms/server-form";
import { ActionStatus, useBusyAction } from "../../../components/forms/action-status";
import { Fieldset } from "../../../components/forms/fieldset";
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
  titleEn: string;
  bodyEn: string;
}

/** The saved text: Polish, and the English version where there is one. */
type Initial = Pick<Values, "title" | "body"> & { titleEn?: string | null; bodyEn?: string | null };

const hasText = (s: string | null | undefined) => !!s?.trim();

/**
 * Edits one section of /programme in Markdown with the same live preview as news, and its
 * optional English version beside it (saved and published together). Saving keeps a draft
 * (and a revision); readers see the published text until "Publish changes".
 */
export function ProgrammePageForm({
  pageKey,
  initial,
  hasUnpublishedChanges = false,
}: {
  pageKey: string;
  /** The working copy: the pending edit, else the published text. */
  initial: Initial;
  hasUnpublishedChanges?: boolean;
}) {
  const t = useTranslations("programme.admin");
  const tn = useTranslations("news.editor");
  const router = useRouter();
  // The page re-mounts this form after each save (its key changes): keep the confirmation.
  const { status, show, clear, busy, run } = useBusyAction(null, `programme-page:${pageKey}`);
  const [pending, setPending] = useState(hasUnpublishedChanges);
  const { register, handleSubmit, formState, setError, control, reset, trigger, getValues } = useSavedForm<Values>({
    defaultValues: { ...initial, titleEn: initial.titleEn ?? "", bodyEn: initial.bodyEn ?? "" },
  });
  const [body, titleEn, bodyEn] = useWatch({ control, name: ["body", "titleEn", "bodyEn"] });

  const preview = useMarkdownPreview(body ?? "");
  const previewEn = useMarkdownPreview(bodyEn ?? "");

  const titleEnLength = lengthRule(2, 200, t("errors.titleEn"));
  // Empty English fields remove a saved English version; with none saved they send nothing (unchanged = none).
  const english = (v: Values) =>
    hasText(v.titleEn) || hasText(v.bodyEn)
      ? { titleEn: v.titleEn.trim(), bodyEn: v.bodyEn }
      : hasText(initial.titleEn)
        ? { titleEn: "", bodyEn: "" }
        : {};

  const save = async (v: Values): Promise<boolean> => {
    clear();
    const res = await gqlClient(UpdateProgrammePageMutation, { key: pageKey, input: { title: v.title.trim(), body: v.body, ...english(v) } });
    if (res.error) {
      const f = res.error.fields ?? {};
      const fields = (["title", "body", "titleEn", "bodyEn"] as const).filter((name) => f[name]);
      for (const name of fields) setError(name, { message: f[name] });
      if (!fields.length) show("error", t("errors.generic"));
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
        <Fieldset id="programme-english" legend={t("english.legend")} hint={t("english.hint")}>
          <TextField
            id="programme-title-en" label={t("english.title")} lang="en" error={formState.errors.titleEn?.message}
            registration={register("titleEn", { validate: (s, v) => (!hasText(s) && !hasText(v.bodyEn)) || titleEnLength.validate(s) })}
          />
          <TextAreaField
            id="programme-body-en" label={t("english.body")} lang="en" error={formState.errors.bodyEn?.message} rows={12} className={styles.bodyInput}
            registration={register("bodyEn", { validate: (s, v) => hasText(s) || !hasText(v.titleEn) || t("errors.bodyEn") })}
          />
        </Fieldset>
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
      <div className="stack">
        <MarkdownPreview id="programme-preview-heading" heading={tn("preview")} html={preview} empty={tn("previewEmpty")} />
        {(hasText(titleEn) || hasText(bodyEn)) && (
          <MarkdownPreview id="programme-preview-en-heading" heading={t("english.preview")} title={titleEn} html={previewEn} empty={tn("previewEmpty")} lang="en" />
        )}
      </div>
    </div>
  );
}
