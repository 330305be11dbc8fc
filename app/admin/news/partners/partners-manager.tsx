"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { PartnerForm } from "./partner-form";
import { ActionStatus, useActionStatus, useBusy, useBusyAction } from "../../../components/forms/action-status";
import { Field } from "../../../components/forms/field";
import { postFile, refusalKey } from "../../../components/forms/post-file";
import { PHOTO_ACCEPT } from "../../../../entities/file-limits";

const ReorderPartnersMutation = graphql(`
  mutation ReorderProgrammePartners($ids: [ID!]!) {
    reorderProgrammePartners(ids: $ids) { id position }
  }
`);
const DeletePartnerMutation = graphql(`
  mutation DeleteProgrammePartner($id: ID!) {
    deleteProgrammePartner(id: $id)
  }
`);

export interface PartnerRow {
  id: string;
  name: string;
  url: string;
  description: string | null;
  logoUrl: string | null;
}

const MAX_LOGO_BYTES = 8 * 1024 * 1024;

/** One partner: logo upload, edit, order, delete. */
function PartnerItem({
  p,
  index,
  count,
  onMove,
  onDeleted,
  busy,
}: {
  p: PartnerRow;
  index: number;
  count: number;
  onMove: (i: number, d: -1 | 1) => void;
  onDeleted: () => void;
  busy: boolean;
}) {
  const t = useTranslations("programme.admin.partners");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { status, show, clear } = useActionStatus();
  const { busy: uploading, run: whileUploading } = useBusy();
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = `partner-logo-${p.id}`;

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return show("error", t("errors.noFile"));
    if (file.size > MAX_LOGO_BYTES) return show("error", t("errors.tooBig"));
    clear();
    const res = await whileUploading(() => postFile(`/programme/partners/${p.id}/logo`, file));
    if (!res.ok) return show("error", t(`errors.${refusalKey(res, ["tooBig", "notImage"])}`));
    if (fileRef.current) fileRef.current.value = "";
    show("success", t("logoSaved"));
    router.refresh();
  };

  const remove = async () => {
    if (!window.confirm(t("deleteConfirm", { name: p.name }))) return;
    const res = await gqlClient(DeletePartnerMutation, { id: p.id });
    if (res.error) return show("error", t("errors.generic"));
    // The item leaves the list: the list above says what happened.
    onDeleted();
    router.refresh();
  };

  return (
    <li className="card stack">
      <div style={{ display: "flex", gap: "1rem", alignItems: "center", flexWrap: "wrap" }}>
        {p.logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- stored WebP served as is
          <img src={p.logoUrl} alt={t("logoAlt", { name: p.name })} style={{ maxHeight: 60, maxWidth: 160 }} />
        ) : (
          <span className="muted">{t("noLogo")}</span>
        )}
        <span>
          <strong>{p.name}</strong> — <a href={p.url}>{p.url}</a>
          {p.description && <span className="muted"> · {p.description}</span>}
        </span>
      </div>
      <ActionStatus status={status} />
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap", alignItems: "end" }}>
        <button type="button" className="button button-secondary" disabled={busy || index === 0} onClick={() => onMove(index, -1)} aria-label={t("moveUp", { name: p.name })}>
          ↑
        </button>
        <button type="button" className="button button-secondary" disabled={busy || index === count - 1} onClick={() => onMove(index, 1)} aria-label={t("moveDown", { name: p.name })}>
          ↓
        </button>
        <button type="button" className="button button-secondary" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
          {t("edit")}
        </button>
        <button type="button" className="button button-secondary" onClick={remove}>
          {t("delete")}
        </button>
        <Field id={fileId} label={t("logo")} hint={t("logoHint")}>
          {(a) => <input {...a} ref={fileRef} type="file" accept={PHOTO_ACCEPT} />}
        </Field>
        <button type="button" className="button" disabled={uploading} onClick={upload}>
          {uploading ? t("uploading") : t("upload")}
        </button>
      </div>
      {editing && (
        <PartnerForm
          partnerId={p.id}
          idPrefix={`partner-${p.id}`}
          initial={{ name: p.name, url: p.url, description: p.description ?? "" }}
          onSaved={() => {
            setEditing(false);
            show("success", t("saved"));
            router.refresh();
          }}
        />
      )}
    </li>
  );
}

/** The partners of /programme: add, edit, order, logos, delete. */
export function PartnersManager({ partners }: { partners: PartnerRow[] }) {
  const t = useTranslations("programme.admin.partners");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();

  const move = async (i: number, d: -1 | 1) => {
    const ids = partners.map((p) => p.id);
    [ids[i], ids[i + d]] = [ids[i + d], ids[i]];
    const res = await run(() => gqlClient(ReorderPartnersMutation, { ids }));
    if (res.error) return show("error", t("errors.generic"));
    show("success", t("orderSaved"));
    router.refresh();
  };

  return (
    <div className="stack">
      <ActionStatus status={status} />
      {partners.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
          {partners.map((p, i) => (
            <PartnerItem key={p.id} p={p} index={i} count={partners.length} onMove={move} onDeleted={() => show("success", t("deleted"))} busy={busy} />
          ))}
        </ol>
      )}
      <section aria-labelledby="partner-add-heading">
        <h2 id="partner-add-heading">{t("add")}</h2>
        <PartnerForm
          onSaved={() => {
            show("success", t("added"));
            router.refresh();
          }}
          idPrefix="partner-new"
        />
      </section>
    </div>
  );
}
