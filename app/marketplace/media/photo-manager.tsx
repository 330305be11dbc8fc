"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { movedOrder, PhotoOrderButtons } from "../../components/photo-order";
import { gqlClient } from "../../lib/graphql-client";
import { MAX_MARKETPLACE_PHOTOS, MAX_PHOTO_BYTES } from "../../../entities/file-limits";
import styles from "./media.module.css";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { PhotoUpload, type PhotoRefusal } from "../../components/photo-upload";

const UpdatePhoto = graphql(`mutation UpdateMarketplacePhoto($id: ID!, $alt: String) { updateMarketplacePhoto(id: $id, alt: $alt) { id alt } }`);
const DeletePhoto = graphql(`mutation DeleteMarketplacePhoto($id: ID!) { deleteMarketplacePhoto(id: $id) }`);

const ReorderPhotos = graphql(`mutation ReorderMarketplacePhotos($photoIds: [ID!]!) { reorderMarketplacePhotos(photoIds: $photoIds) { id } }`);

export interface ManagedPhoto {
  id: string;
  thumbUrl: string;
  alt?: string | null;
}

const MB = MAX_PHOTO_BYTES / 1024 / 1024;

/**
 * Photos of a notice or catalogue entry for whoever may change it: upload (resized and
 * stripped of EXIF on the server), text alternatives, removal. `uploadUrl` is the
 * entry's upload route, e.g. /marketplace/equipment/{id}/photos.
 */
export function MarketplacePhotoManager({ uploadUrl, photos }: { uploadUrl: string; photos: ManagedPhoto[] }) {
  const t = useTranslations("media.photos");
  const router = useRouter();
  const [alts, setAlts] = useState<Record<string, string>>({});
  const action = useBusyAction();
  const { status, show, clear } = action;
  const full = photos.length >= MAX_MARKETPLACE_PHOTOS;

  const reasonText = (reason?: string) =>
    reason === "tooBig" || reason === "notImage" || reason === "missing"
      ? t(`errors.${reason}`, { mb: MB })
      : reason === "FORBIDDEN"
        ? t("errors.forbidden")
        : reason === "RATE_LIMITED"
          ? t("errors.rateLimited")
          : t("errors.generic");
  const refusal = (why: PhotoRefusal) => reasonText(typeof why === "string" ? why : (why.reason ?? why.code));

  const act = async (run: () => Promise<{ error?: { code: string } }>, done: string) => {
    clear();
    const r = await run();
    if (r.error) return show("error", reasonText(r.error.code));
    show("success", done);
    router.refresh();
  };

  /** Moves photo i by one place and saves the whole order. */
  const move = (i: number, by: -1 | 1) => {
    const ids = movedOrder(photos.map((p) => p.id), i, by);
    return act(() => gqlClient(ReorderPhotos, { photoIds: ids }), t("moved", { n: i + by + 1 }));
  };

  return (
    <section aria-labelledby="mp-photos-heading" className="stack">
      <h2 id="mp-photos-heading">{t("title")}</h2>
      <p className="muted">{t("count", { count: photos.length, max: MAX_MARKETPLACE_PHOTOS })}</p>
      {photos.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className={styles.managed} role="list">
          {photos.map((p, i) => (
            <li key={p.id} className="stack">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.thumbUrl} alt={p.alt ?? ""} width={240} height={180} />
              <div className="field">
                <label htmlFor={`alt-${p.id}`}>{t("altLabel", { n: i + 1 })}</label>
                <input id={`alt-${p.id}`} maxLength={200} value={alts[p.id] ?? p.alt ?? ""} onChange={(e) => setAlts({ ...alts, [p.id]: e.target.value })} />
              </div>
              <p className="actions">
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t("saveAltLabel", { n: i + 1 })}
                  onClick={() => act(() => gqlClient(UpdatePhoto, { id: p.id, alt: (alts[p.id] ?? p.alt ?? "").trim() || null }), t("altSaved"))}
                >
                  {t("saveAlt")}
                </button>{" "}
                <PhotoOrderButtons index={i} count={photos.length} t={t} onMove={(by) => move(i, by)} />
                <button type="button" className="link-button" aria-label={t("deleteLabel", { n: i + 1 })} onClick={() => act(() => gqlClient(DeletePhoto, { id: p.id }), t("deleted"))}>
                  {t("delete")}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="alert alert-info">{t("limit", { max: MAX_MARKETPLACE_PHOTOS })}</p>
      ) : (
        <PhotoUpload url={uploadUrl} idPrefix="mp-photo" t={t} altHint={t("altHint")} buttonClassName="button" action={action} refusal={refusal} />
      )}
      <ActionStatus status={status} />
    </section>
  );
}
