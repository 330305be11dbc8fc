"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useSavedForm } from "../../components/forms/server-form";
import { ActionStatus, keepStatus, useBusy, useBusyAction } from "../../components/forms/action-status";
import { Field } from "../../components/forms/field";
import { postFile, refusalKey } from "../../components/forms/post-file";
import { lengthRule, maxLengthRule, SelectField, TextAreaField, TextField } from "../../components/forms/text-field";
import { APP_TIME_ZONE } from "../../lib/dates";
import { useDateFormatter } from "../../lib/dates-client";
import { gqlClient, type ApiError } from "../../lib/graphql-client";
import { NEWS_CATEGORY_CODES } from "../../news/categories";
import { isoToWarsawLocal, warsawLocalToIso } from "../../trainings/format";
import {
  ArchiveNewsPostMutation,
  CreateNewsPostMutation,
  PublishNewsPostMutation,
  UnpublishNewsPostMutation,
  UpdateNewsPostMutation,
} from "./documents";
import styles from "./news-admin.module.css";
import { MarkdownPreview, useMarkdownPreview } from "./markdown-preview";
import { refusalAlert } from "../../components/forms/server-errors";
import { NEWS_LIMITS } from "../../../entities/limits";
import { PHOTO_ACCEPT } from "../../../entities/file-limits";
import { Options } from "../../components/forms/options";

export interface NewsEditorValues {
  title: string;
  category: string;
  lead: string;
  coverImageUrl: string;
  body: string;
}

export interface NewsEditorPost {
  id: string;
  slug: string;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  isLive: boolean;
  hasUnpublishedChanges: boolean;
  publishedAt: string | null;
}

const URL_RE = /^(https?:\/\/[^\s]+|\/news\/covers\/[A-Za-z0-9_-]{22,64}\.webp)$/i;
const AUTOSAVE_MS = 4000;
/** The name under which a post's editor keeps its confirmation across the page's re-mounts. */
const editorName = (postId: string) => `news-editor:${postId}`;

const toInput = (v: NewsEditorValues) => ({
  title: v.title.trim(),
  body: v.body,
  category: v.category || null,
  lead: v.lead.trim() || null,
  coverImageUrl: v.coverImageUrl.trim() || null,
});

/**
 * The news editor: Markdown with a live preview rendered by the server's own sanitiser,
 * autosave of drafts (a live post's saved edits stay unpublished until "Publish changes"),
 * and publish / schedule / unpublish.
 */
export function NewsEditorForm({
  post,
  initial,
  initialPreview = "",
}: {
  post: NewsEditorPost | null;
  initial: NewsEditorValues;
  /** The saved body rendered on the server, so an existing post opens with its preview. */
  initialPreview?: string;
}) {
  const t = useTranslations("news");
  const fmtDate = useDateFormatter();
  const router = useRouter();
  // The page re-mounts this form after each save (its key changes): keep the confirmation.
  const { status: notice, show, clear, busy, run } = useBusyAction(null, post ? editorName(post.id) : undefined);
  const setMessage = useCallback(
    (m: { kind: "success" | "error"; text: string } | undefined) => (m ? show(m.kind, m.text) : clear()),
    [show, clear],
  );
  const [savedAt, setSavedAt] = useState<{ at: Date; auto: boolean }>();
  const [scheduleAt, setScheduleAt] = useState(post?.status === "SCHEDULED" ? isoToWarsawLocal(post.publishedAt) : "");
  const [scheduleError, setScheduleError] = useState<string>();
  const { register, handleSubmit, formState, setError, control, reset, getValues, trigger, setValue } = useSavedForm<NewsEditorValues>({
    defaultValues: initial,
    mode: "onBlur",
  });
  const e = formState.errors;
  const values = useWatch({ control });
  const body = values.body ?? "";
  const title = values.title ?? "";
  const saving = useRef(false);

  const preview = useMarkdownPreview(body, { body: initial.body, html: initialPreview });

  const showServerError = useCallback(
    (err: ApiError) => {
      const text = refusalAlert(err, initial, setError, t("editor.errors.generic"));
      if (text) setMessage({ kind: "error", text });
    },
    [initial, setError, setMessage, t],
  );

  const save = useCallback(
    async (v: NewsEditorValues, auto = false): Promise<boolean> => {
      if (saving.current) return false;
      saving.current = true;
      try {
        if (!auto) setMessage(undefined);
        if (!post) {
          const res = await gqlClient(CreateNewsPostMutation, { input: toInput(v) });
          if (res.error) {
            showServerError(res.error);
            return false;
          }
          reset(v);
          setMessage({ kind: "success", text: t("editor.created") });
          // Said again, focused, by the new post's editor that the page below mounts.
          keepStatus(editorName(res.data.createNewsPost.id), "success", t("editor.created"));
          router.push(`/admin/news/${res.data.createNewsPost.id}`);
          return true;
        }
        const res = await gqlClient(UpdateNewsPostMutation, { id: post.id, input: toInput(v) });
        if (res.error) {
          if (!auto) showServerError(res.error);
          return false;
        }
        reset(v);
        const at = new Date();
        setSavedAt({ at, auto });
        if (!auto) {
          setMessage({ kind: "success", text: t("editor.savedConfirm", { time: fmtDate(at, "timeSeconds") }) });
          router.refresh();
        }
        return true;
      } finally {
        saving.current = false;
      }
    },
    [post, reset, router, showServerError, t, fmtDate, setMessage],
  );

  // Autosave: an existing post's valid, changed form is saved after a pause in typing.
  const dirty = formState.isDirty;
  const serialized = JSON.stringify(values);
  useEffect(() => {
    if (!post || !dirty) return;
    const timer = setTimeout(async () => {
      if (await trigger()) await save(getValues(), true);
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serialized, dirty, post]);

  const act = async (kind: "publish" | "schedule" | "unpublish" | "archive") => {
    if (!post) return;
    setMessage(undefined);
    setScheduleError(undefined);
    let at: string | null = null;
    if (kind === "schedule") {
      // The field is Warsaw wall-clock time, whatever the browser's own zone is.
      const iso = warsawLocalToIso(scheduleAt);
      if (!iso || new Date(iso).getTime() <= Date.now()) {
        setScheduleError(t("editor.errors.scheduleInPast"));
        return;
      }
      at = iso;
    }
    await run(async () => {
      // Publishing takes what is on screen: save first.
      if ((kind === "publish" || kind === "schedule") && formState.isDirty) {
        if (!(await trigger())) return;
        if (!(await save(getValues()))) return;
      }
      const res =
        kind === "unpublish"
          ? await gqlClient(UnpublishNewsPostMutation, { id: post.id })
          : kind === "archive"
            ? await gqlClient(ArchiveNewsPostMutation, { id: post.id })
            : await gqlClient(PublishNewsPostMutation, { id: post.id, at });
      if (res.error) return showServerError(res.error);
      setMessage({
        kind: "success",
        text:
          kind === "schedule"
            ? t("editor.scheduledAt", { date: fmtDate(at, "dateTimeLong"), zone: APP_TIME_ZONE })
            : kind === "publish"
              ? t("editor.published")
              : kind === "unpublish"
                ? t("editor.unpublished")
                : t("editor.archived"),
      });
      router.refresh();
    });
  };

  const time = (d: Date) => fmtDate(d, "timeSeconds");

  // The cover uploaded like every image (checked, resized to WebP, stored by the app);
  // the field then holds the app's own path, as if its address had been typed.
  const { busy: uploading, run: whileUploading } = useBusy();
  const uploadCover = async (file: File | undefined) => {
    if (!file) return;
    const res = await whileUploading(() => postFile("/news/covers", file));
    if (!res.ok) return setMessage({ kind: "error", text: t(`editor.cover.${refusalKey(res, ["tooBig", "notImage"], "failed")}`) });
    const { url } = (await res.response.json()) as { url: string };
    setValue("coverImageUrl", url, { shouldDirty: true, shouldValidate: true });
    setMessage({ kind: "success", text: t("editor.cover.uploaded") });
  };

  return (
    <div className={styles.editor}>
      <form className={`form ${styles.form}`} onSubmit={(ev) => handleSubmit((v) => save(v))(ev)} noValidate aria-label={post ? t("admin.editTitle") : t("admin.newTitle")}>
        <div className={styles.status}>
          <ActionStatus status={notice} />
          {post?.status === "SCHEDULED" && post.publishedAt && (
            <p className="alert alert-info" data-testid="news-scheduled-at">
              {t("editor.scheduledFor", { date: fmtDate(post.publishedAt, "dateTimeLong"), zone: APP_TIME_ZONE })}
            </p>
          )}
          {post && (
            <p className="muted">
              {t("editor.status", { status: t(`status.${post.status}`) })} · {t("editor.slug", { slug: post.slug })}
              {savedAt && ` · ${savedAt.auto ? t("editor.autosaved", { time: time(savedAt.at) }) : t("editor.saved", { time: time(savedAt.at) })}`}
              {formState.isDirty && ` · ${t("editor.unsaved")}`}
            </p>
          )}
          {post?.isLive && <p className="alert alert-info">{t("editor.liveNotice")}</p>}
          {post?.hasUnpublishedChanges && <p className="alert alert-info">{t("editor.pendingNotice")}</p>}
        </div>

        {/* A field of its own, registered before the fields below: react-hook-form focuses the
            first refused field in the order of registration. */}
        <TextField
          id="news-title"
          label={t("editor.title")}
          hint={t("editor.titleHint")}
          error={e.title?.message}
          registration={register("title", {
            required: t("editor.errors.required"),
            ...lengthRule(NEWS_LIMITS.titleMin, NEWS_LIMITS.titleMax, t("editor.errors.titleLength")),
          })}
        />
        <SelectField id="news-category" label={t("editor.category")} error={e.category?.message} registration={register("category")}>
          <Options values={NEWS_CATEGORY_CODES} label={(c) => t(`categories.${c}`)} empty={t("editor.noCategory")} />
        </SelectField>
        <TextAreaField
          id="news-lead" label={t("editor.lead")} hint={t("editor.leadHint")} error={e.lead?.message} rows={2}
          registration={register("lead", maxLengthRule(NEWS_LIMITS.leadMax, t("editor.errors.leadLength")))}
        />
        <TextField
          id="news-cover" label={t("editor.coverImageUrl")} error={e.coverImageUrl?.message} type="url" inputMode="url"
          registration={register("coverImageUrl", { validate: (s) => !s.trim() || (URL_RE.test(s.trim()) && s.trim().length <= NEWS_LIMITS.urlMax) || t("editor.errors.url") })}
        />
        <Field id="news-cover-file" className="no-print" label={t("editor.cover.upload")} hint={t("editor.cover.hint")}>
          {(a) => (
            <>
              <input
                {...a}
                type="file"
                accept={PHOTO_ACCEPT}
                disabled={uploading}
                onChange={(ev) => void uploadCover(ev.target.files?.[0])}
              />
              {values.coverImageUrl && (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={values.coverImageUrl} alt={t("editor.cover.preview")} style={{ maxWidth: "16rem", height: "auto" }} />
              )}
            </>
          )}
        </Field>
        <TextAreaField
          id="news-body" label={t("editor.body")} hint={t("editor.bodyHint")} error={e.body?.message} rows={18} className={styles.bodyInput}
          registration={register("body", { validate: (s) => !!s.trim() || t("editor.errors.required") })}
        />
        <div className={styles.actions}>
          <SubmitButton submitting={formState.isSubmitting || busy}>{formState.isSubmitting ? t("editor.saving") : t("editor.save")}</SubmitButton>
          {post && (
            <>
              <button type="button" className="button" disabled={busy} onClick={() => act("publish")}>
                {post.isLive ? t("editor.publishChanges") : t("editor.publish")}
              </button>
              {post.isLive && (
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => act("unpublish")}>
                  {t("editor.unpublish")}
                </button>
              )}
              {post.status !== "ARCHIVED" && (
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => act("archive")}>
                  {t("editor.archive")}
                </button>
              )}
            </>
          )}
        </div>
        {post && !post.isLive && (
          <fieldset className={styles.schedule}>
            <legend>{t("editor.schedule")}</legend>
            <div className="field">
              <label htmlFor="news-schedule-at">{t("editor.scheduleAt", { zone: APP_TIME_ZONE })}</label>
              <input
                id="news-schedule-at"
                type="datetime-local"
                value={scheduleAt}
                onChange={(ev) => setScheduleAt(ev.target.value)}
                aria-invalid={scheduleError ? true : undefined}
                aria-describedby={scheduleError ? "news-schedule-error" : undefined}
              />
              {scheduleError && (
                <span id="news-schedule-error" className="error" role="alert">
                  {scheduleError}
                </span>
              )}
            </div>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => act("schedule")}>
              {t("editor.schedule")}
            </button>
          </fieldset>
        )}
      </form>
      <MarkdownPreview id="news-preview-heading" heading={t("editor.preview")} title={title} html={preview} empty={t("editor.previewEmpty")} testId="news-preview" />
    </div>
  );
}
