"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { graphql } from "../../lib/graphql-document";
import { movedOrder, PhotoOrderButtons } from "../../components/photo-order";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { refusalKey } from "../../components/forms/post-file";
import { PhotoUpload, type PhotoRefusal } from "../../components/photo-upload";

const DeletePhoto = graphql(`mutation DeletePremisesPhoto($id: ID!) { deletePremisesPhoto(id: $id) }`);

const ReorderPhotos = graphql(`
  mutation ReorderPremisesPhotos($premisesId: ID!, $photoIds: [ID!]!) {
    reorderPremisesPhotos(premisesId: $premisesId, photoIds: $photoIds) {
      id
    }
  }
`);

export interface ManagedPhoto {
  id: string;
  thumbUrl: string;
  alt?: string | null;
}

/** Upload (resized on the server), order and removal of photos. */
export function PhotoManager({ premisesId, photos }: { premisesId: string; photos: ManagedPhoto[] }) {
  const t = useTranslations("premises.admin.photos");
  const router = useRouter();
  const action = useBusyAction();
  const { status, show, busy, run } = action;

  /** Moves photo i by one place and saves the whole order. */
  const move = async (i: number, by: -1 | 1) => {
    const ids = movedOrder(photos.map((p) => p.id), i, by);
    const res = await run(() => gqlClient(ReorderPhotos, { premisesId, photoIds: ids }));
    if (res.error) return show("error", t("errors.moveFailed"));
    show("success", t("moved", { n: i + by + 1 }));
    router.refresh();
  };

  const remove = async (id: string) => {
    const res = await run(() => gqlClient(DeletePhoto, { id }));
    // NOT_FOUND: someone removed it first; the refreshed page shows it gone all the same.
    if (res.error && res.error.code !== "NOT_FOUND") return show("error", t("errors.deleteFailed"));
    show("success", t("deleted"));
    router.refresh();
  };

  const refusal = (why: PhotoRefusal) => (why === "missing" ? t("choose") : why === "tooBig" ? t("errors.tooBig") : t(`errors.${refusalKey(why, ["tooBig", "notImage"])}`));

  return (
    <section aria-labelledby="photos-heading" className="stack">
      <h2 id="photos-heading">{t("title")}</h2>
      {photos.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul style={{ listStyle: "none", padding: 0, display: "flex", flexWrap: "wrap", gap: "1rem" }}>
          {photos.map((p, i) => (
            <li key={p.id}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.thumbUrl} alt={p.alt ?? t("photoN", { n: i + 1 })} width={160} height={120} style={{ objectFit: "cover", display: "block" }} />
              <PhotoOrderButtons index={i} count={photos.length} t={t} disabled={busy} onMove={(by) => move(i, by)} />
              <button type="button" className="link-button" aria-label={t("deleteLabel", { n: i + 1 })} disabled={busy} onClick={() => remove(p.id)}>
                {t("delete")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PhotoUpload url={`/premises/${premisesId}/photos`} idPrefix="photo" t={t} buttonClassName="button button-secondary" action={action} refusal={refusal} />
      <ActionStatus status={status} />
    </section>
  );
}
