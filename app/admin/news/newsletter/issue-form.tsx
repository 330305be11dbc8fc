"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useSavedForm } from "../../../components/forms/server-form";
import { maxLengthRule, TextAreaField, TextField } from "../../../components/forms/text-field";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { ActionStatus, keepStatus, useActionStatus } from "../../../components/forms/action-status";
import styles from "../news-admin.module.css";
import { SubmitButton } from "../../../components/forms/submit-button";
import { Fieldset } from "../../../components/forms/fieldset";

const CreateIssueMutation = graphql(`mutation CreateNewsletterIssue($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { id } }`);
const UpdateIssueMutation = graphql(`
  mutation UpdateNewsletterIssue($id: ID!, $input: NewsletterIssueInput!) {
    updateNewsletterIssue(id: $id, input: $input) { id }
  }
`);

export interface PostChoice {
  id: string;
  title: string;
}

/** The name under which an issue's form keeps its confirmation for the page it mounts on next. */
const issueFormName = (issueId: string) => `newsletter-issue:${issueId}`;

interface Values {
  subject: string;
  intro: string;
  subjectEn: string;
  introEn: string;
}

/** Compose an issue: subject, intro and numbered items chosen from published posts. */
export function IssueForm({
  issueId,
  posts,
  initial,
}: {
  issueId: string | null;
  posts: PostChoice[];
  initial: { subject: string; intro: string; subjectEn?: string; introEn?: string; postIds: string[] };
}) {
  const t = useTranslations("news.newsletter.admin");
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(initial.postIds);
  const [postsError, setPostsError] = useState<string>();
  const { status, show, clear } = useActionStatus(null, issueId ? issueFormName(issueId) : undefined);
  const { register, handleSubmit, formState, setError } = useSavedForm<Values>({
    defaultValues: { subject: initial.subject, intro: initial.intro, subjectEn: initial.subjectEn ?? "", introEn: initial.introEn ?? "" },
  });
  const titleOf = new Map(posts.map((p) => [p.id, p.title]));

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const move = (i: number, d: -1 | 1) =>
    setChosen((c) => {
      const next = [...c];
      [next[i], next[i + d]] = [next[i + d], next[i]];
      return next;
    });

  const onSubmit = async (v: Values) => {
    clear();
    setPostsError(undefined);
    if (!chosen.length) {
      // The person lands on the list to choose from, its message under it (the focus stayed
      // on the button, below the message, on a phone out of sight of the list).
      if (posts.length) document.getElementById(`issue-post-${posts[0].id}`)?.focus();
      return setPostsError(t("postsHint"));
    }
    const input = {
      subject: v.subject.trim(),
      intro: v.intro.trim() || null,
      subjectEn: v.subjectEn.trim() || null,
      introEn: v.introEn.trim() || null,
      postIds: chosen,
    };
    const res = issueId ? await gqlClient(UpdateIssueMutation, { id: issueId, input }) : await gqlClient(CreateIssueMutation, { input });
    if (res.error) {
      const f = res.error.fields ?? {};
      if (f.subject) setError("subject", { message: f.subject });
      if (f.intro) setError("intro", { message: f.intro });
      if (f.subjectEn) setError("subjectEn", { message: f.subjectEn });
      if (f.introEn) setError("introEn", { message: f.introEn });
      if (f.postIds) setPostsError(f.postIds);
      // The server's own words are for the log; the page says it in the form's language.
      if (!Object.keys(f).length) show("error", t("errors.generic"));
      return;
    }
    if (!issueId && res.data && "createNewsletterIssue" in res.data) {
      // Said, focused, by the new issue's form on the page below.
      keepStatus(issueFormName(res.data.createNewsletterIssue.id), "success", t("saved"));
      router.push(`/admin/news/newsletter/${res.data.createNewsletterIssue.id}`);
    } else {
      show("success", t("saved"));
      router.refresh();
    }
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate>
      <ActionStatus status={status} />
      <TextField
        id="issue-subject" label={t("subject")} error={formState.errors.subject?.message}
        registration={register("subject", { validate: (v) => (v.trim().length >= 3 && v.trim().length <= 200) || t("errors.subject") })}
      />
      <TextAreaField id="issue-intro" label={t("intro")} error={formState.errors.intro?.message} rows={3} registration={register("intro", maxLengthRule(5000, t("errors.intro")))} />
      <Fieldset id="issue-english" legend={t("english")} hint={t("englishHint")}>
        <TextField
          id="issue-subject-en" label={t("subjectEn")} error={formState.errors.subjectEn?.message} lang="en"
          registration={register("subjectEn", { validate: (v) => !v.trim() || (v.trim().length >= 3 && v.trim().length <= 200) || t("errors.subject") })}
        />
        <TextAreaField
          id="issue-intro-en" label={t("introEn")} error={formState.errors.introEn?.message} lang="en" rows={3}
          registration={register("introEn", maxLengthRule(5000, t("errors.intro")))}
        />
      </Fieldset>
      <Fieldset id="issue-posts" legend={t("posts")} hint={t("postsHint")}>
        {posts.length === 0 && <p className="muted">{t("noPosts")}</p>}
        {posts.map((p) => (
          <div key={p.id} className="field-inline">
            <input type="checkbox" id={`issue-post-${p.id}`} checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} />
            <label htmlFor={`issue-post-${p.id}`}>{p.title}</label>
          </div>
        ))}
        {postsError && (
          <span className="error" role="alert">
            {postsError}
          </span>
        )}
      </Fieldset>
      {chosen.length > 0 && (
        <ol>
          {chosen.map((id, i) => (
            <li key={id}>
              {titleOf.get(id) ?? id}{" "}
              <span className={styles.order}>
                <button type="button" className="button button-secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("moveUp", { title: titleOf.get(id) ?? "" })}>
                  ↑
                </button>
                <button type="button" className="button button-secondary" disabled={i === chosen.length - 1} onClick={() => move(i, 1)} aria-label={t("moveDown", { title: titleOf.get(id) ?? "" })}>
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <SubmitButton submitting={formState.isSubmitting}>{issueId ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
