import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import styles from "./media.module.css";

export interface ListedAttachment {
  id: string;
  fileName: string;
  size: number;
  url: string;
}

/** Human file size: kB below a megabyte, else MB with one decimal. */
export function useFileSize() {
  const t = useTranslations("media.documents");
  return (bytes: number) =>
    bytes < 1024 * 1024 ? t("size", { kb: Math.max(1, Math.round(bytes / 1024)) }) : t("sizeMb", { mb: Math.round((bytes / 1024 / 1024) * 10) / 10 });
}

const EXT = /\.([a-z0-9]{1,5})$/i;

/**
 * Download links of a demand's documents (or one offer's), with type and size for the link
 * text; `after` puts something else after each link (the uploader: size and a delete button).
 */
export function AttachmentList({
  attachments,
  emptyText,
  after,
}: {
  attachments: ListedAttachment[];
  emptyText?: string;
  after?: (a: ListedAttachment) => ReactNode;
}) {
  const t = useTranslations("media.documents");
  const size = useFileSize();
  if (attachments.length === 0) return <p className="muted">{emptyText ?? t("none")}</p>;
  return (
    <ul className={styles.files} role="list">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={a.url} download>
            {a.fileName}
          </a>
          {after ? (
            after(a)
          ) : (
            <span className="muted">
              {EXT.exec(a.fileName)?.[1]?.toUpperCase()} · {size(a.size)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
