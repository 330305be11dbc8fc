"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import styles from "./media.module.css";

export interface GalleryPhoto {
  id: string;
  url: string;
  thumbUrl: string;
  alt?: string | null;
  width: number;
  height: number;
}

/**
 * The photos of a notice or catalogue entry: one large, the rest as thumbnail buttons
 * that show it (keyboard reachable, the shown one marked with aria-current). Without
 * JavaScript the large photo and the links to every full-size file still work.
 */
export function PhotoGallery({ photos, title }: { photos: GalleryPhoto[]; title: string }) {
  const t = useTranslations("media.gallery");
  const [index, setIndex] = useState(0);
  if (photos.length === 0) return null;
  const shown = photos[Math.min(index, photos.length - 1)];
  const altOf = (p: GalleryPhoto, i: number) => p.alt || `${title} — ${t("photoN", { n: i + 1 })}`;
  return (
    <section aria-label={t("label")} className={styles.gallery}>
      <figure className={styles.main}>
        <a href={shown.url} title={t("open")}>
          {/* eslint-disable-next-line @next/next/no-img-element -- already resized to WebP on upload */}
          <img src={shown.url} alt={altOf(shown, photos.indexOf(shown))} width={shown.width} height={shown.height} />
        </a>
      </figure>
      {photos.length > 1 && (
        <ul className={styles.thumbs} role="list">
          {photos.map((p, i) => (
            <li key={p.id}>
              <button
                type="button"
                className={styles.thumb}
                aria-current={p.id === shown.id ? "true" : undefined}
                aria-label={t("show", { n: i + 1, total: photos.length })}
                onClick={() => setIndex(i)}
              >
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={p.thumbUrl} alt="" width={96} height={72} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
