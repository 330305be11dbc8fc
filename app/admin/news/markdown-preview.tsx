"use client";
import { useEffect, useRef, useState } from "react";
import { gqlClient } from "../../lib/graphql-client";
import { RenderNewsPreviewQuery } from "./documents";
import styles from "./news-admin.module.css";

const PREVIEW_MS = 350;

/**
 * The live preview of a Markdown body (a news post, a section of /programme): the server
 * renders it with the exact allow-list readers will get, a moment after the last change.
 * `initial` is a rendering the page already has (the saved body), which needs no round trip.
 */
export function useMarkdownPreview(body: string, initial?: { body: string; html: string }): string {
  const [preview, setPreview] = useState(initial?.html ?? "");
  const previewOf = useRef(initial?.html ? initial.body : null);
  useEffect(() => {
    if (previewOf.current === body) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const res = body.trim() ? await gqlClient(RenderNewsPreviewQuery, { body }) : null;
      if (!cancelled) {
        previewOf.current = body;
        setPreview(res?.data?.renderNewsPreview ?? "");
      }
    }, PREVIEW_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [body]);
  return preview;
}

/**
 * The preview beside the editor: its heading, the title as typed (when given), the rendered body or `empty`;
 * `lang` marks the title and body when they are not in the page's language (an English version).
 */
export function MarkdownPreview(props: { id: string; heading: string; title?: string; html: string; empty: string; testId?: string; lang?: string }) {
  return (
    <section className={styles.preview} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      {props.title?.trim() && (
        <p className={styles.previewTitle} lang={props.lang}>
          {props.title}
        </p>
      )}
      {props.html ? (
        <div data-testid={props.testId} lang={props.lang} className={styles.previewBody} dangerouslySetInnerHTML={{ __html: props.html }} />
      ) : (
        <p className="muted">{props.empty}</p>
      )}
    </section>
  );
}
