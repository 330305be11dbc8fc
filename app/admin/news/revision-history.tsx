"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useDateFormatter } from "../../lib/dates-client";
import { gqlClient } from "../../lib/graphql-client";
import {
  NewsRevisionDiffQuery,
  ProgrammePageRevisionDiffQuery,
  RestoreNewsRevisionMutation,
  RestoreProgrammePageRevisionMutation,
} from "./documents";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import styles from "./news-admin.module.css";

export interface RevisionItem {
  id: string;
  title: string;
  kind: string;
  authorName: string | null;
  createdAt: string;
}

type Part = { value: string; added: boolean; removed: boolean };

/** What the history belongs to: a news post or a programme section (the same revision rules). */
export type RevisionSource = "news" | "programme";

const API: Record<RevisionSource, { restore(id: string): Promise<boolean>; diff(fromId: string, toId: string): Promise<Part[] | null> }> = {
  news: {
    restore: async (id) => !(await gqlClient(RestoreNewsRevisionMutation, { revisionId: id })).error,
    diff: async (fromId, toId) => (await gqlClient(NewsRevisionDiffQuery, { fromId, toId })).data?.newsRevisionDiff ?? null,
  },
  programme: {
    restore: async (id) => !(await gqlClient(RestoreProgrammePageRevisionMutation, { revisionId: id })).error,
    diff: async (fromId, toId) => (await gqlClient(ProgrammePageRevisionDiffQuery, { fromId, toId })).data?.programmePageRevisionDiff ?? null,
  },
};

/** Every saved version (who, when); restore one, or compare it with the latest. */
export function RevisionHistory({ revisions, source = "news" }: { revisions: RevisionItem[]; source?: RevisionSource }) {
  const t = useTranslations("news.revisions");
  const fmtDate = useDateFormatter();
  const router = useRouter();
  const [diff, setDiff] = useState<{ id: string; parts: Part[] }>();
  const { status, show, busy, run } = useBusyAction();
  const latest = revisions[0];

  const restore = async (id: string) => {
    const restored = await run(() => API[source].restore(id));
    if (!restored) return show("error", t("restoreFailed"));
    show("success", t("restored"));
    router.refresh();
  };

  const compare = async (id: string) => {
    const parts = await API[source].diff(id, latest.id);
    if (parts) setDiff({ id, parts });
  };

  if (!revisions.length) return <p className="muted">{t("empty")}</p>;
  return (
    <div className="stack">
      <ActionStatus status={status} />
      <ol className={styles.revisions}>
        {revisions.map((r) => (
          <li key={r.id}>
            <span>
              <strong>{r.title}</strong>{" "}
              <span className="muted">
                ({t(`kind.${r.kind as "UPDATE"}`)}) — {t("by", { name: r.authorName ?? "—", date: fmtDate(r.createdAt, "dateTimeSeconds") })}
              </span>
            </span>
            {r.id !== latest.id && (
              <>
                <button type="button" className="button button-secondary" onClick={() => compare(r.id)} aria-expanded={diff?.id === r.id}>
                  {t("compare")}
                </button>
                <button type="button" className="button button-secondary" disabled={busy} onClick={() => restore(r.id)}>
                  {t("restore")}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {diff && (
        <section aria-labelledby="diff-heading">
          <h3 id="diff-heading">{t("diffTitle")}</h3>
          <div className={styles.diff}>
            {diff.parts.map((p, i) =>
              p.removed ? (
                <del key={i} aria-label={`${t("removed")}: ${p.value}`}>
                  {p.value}
                </del>
              ) : p.added ? (
                <ins key={i} aria-label={`${t("added")}: ${p.value}`}>
                  {p.value}
                </ins>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </div>
        </section>
      )}
    </div>
  );
}
