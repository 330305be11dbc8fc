"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { movedOrder, PhotoOrderButtons } from "../../components/photo-order";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { Field } from "../../components/forms/field";
import { postFile, refusalKey } from "../../components/forms/post-file";

const DeletePhoto = graphql(`
  mutation DeletePremisesPhoto($id: ID!) {
    deletePremisesPhoto(id: $id)
  }
`);

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

/** Upload (JPEG/PNG/WebP, up to 8 MB; resized on the server) and removal of photos. */
export function PhotoManager({ premisesId, photos }: { premisesId: string; photos: ManagedPhoto[] }) {
  const t = useTranslations("premises.admin.photos");
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const { status, show, busy, run } = useBusyAction();

  /** Moves photo i by one place and saves the whole order. */
  const move = async (i: number, by: -1 | 1) => {
    const ids = movedOrder(photos.map((p) => p.id), i, by);
    const res = await run(() => gqlClient(ReorderPhotos, { premisesId, photoIds: ids }));
    if (res.error) return show("error", t("errors.generic"));
    show("success", t("moved", { n: i + by + 1 }));
    router.refresh();
  };

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return show("error", t("choose"));
    if (file.size > 8 * 1024 * 1024) return show("error", t("errors.tooBig"));
    const res = await run(() => postFile(`/premises/${premisesId}/photos`, file, alt.trim() ? { alt: alt.trim() } : {}));
    if (!res.ok) return show("error", t(`errors.${refusalKey(res, ["tooBig", "notImage"])}`));
    if (fileRef.current) fileRef.current.value = "";
    setAlt("");
    show("success", t("uploaded"));
    router.refresh();
  };

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
              <button
                type="button"
                className="link-button"
                aria-label={t("deleteLabel", { n: i + 1 })}
                onClick={async () => {
                  await gqlClient(DeletePhoto, { id: p.id });
                  router.refresh();
                }}
              >
                {t("delete")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field id="photo-file" label={t("file")} hint={t("hint")} hintId="photo-hint">
        {(a) => <input {...a} ref={fileRef} type="file" accept="image/jpeg,image/png,image/webp" />}
      </Field>
      <Field id="photo-alt" label={t("alt")}>
        {(a) => <input {...a} value={alt} maxLength={200} onChange={(e) => setAlt(e.target.value)} />}
      </Field>
      <p>
        <button type="button" className="button button-secondary" onClick={upload} disabled={busy}>
          {busy ? t("uploading") : t("upload")}
        </button>
      </p>
      <ActionStatus status={status} />
    </section>
  );
}
