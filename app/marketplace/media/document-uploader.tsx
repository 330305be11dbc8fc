"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { useBusy } from "../../components/forms/action-status";
import { DOCUMENT_ACCEPT, MAX_DEMAND_ATTACHMENTS, MAX_DOCUMENT_BYTES, MAX_LETTING_APPLICATION_DOCUMENTS } from "../../../entities/file-limits";
import { AttachmentList, useFileSize, type ListedAttachment } from "./attachment-list";
import { Field } from "../../components/forms/field";
import { postFile } from "../../components/forms/post-file";

const DeleteDemandAttachment = graphql(`mutation DeleteDemandAttachment($id: ID!) { deleteDemandAttachment(id: $id) }`);
const RemoveOfferAttachment = graphql(`mutation RemoveOfferAttachment($demandId: ID!) { removeOfferAttachment(demandId: $demandId) }`);
const RemoveLettingApplicationDocument = graphql(`mutation RemoveLettingApplicationDocument($id: ID!) { removeLettingApplicationDocument(id: $id) }`);

/** Where each kind uploads, how many it holds (an offer: one, replaced), and how one is removed. */
const KINDS = {
  demand: { url: (id: string) => `/marketplace/demands/${id}/attachments`, max: MAX_DEMAND_ATTACHMENTS },
  offer: { url: (id: string) => `/marketplace/demands/${id}/offer-attachment`, max: 1 },
  application: { url: (id: string) => `/premises/letting/${id}/documents`, max: MAX_LETTING_APPLICATION_DOCUMENTS },
};

const MB = MAX_DOCUMENT_BYTES / 1024 / 1024;
const REASONS = ["missing", "empty", "tooBig", "notAllowed"];

/**
 * Documents of a demand (`kind="demand"`: the posting official adds several, removes any),
 * the one document of the own offer (`kind="offer"`: a new file replaces it) or the
 * documents of the own application in a premises letting round (`kind="application"`,
 * `demandId` is then the round's id). The server checks the type by content; the size is
 * checked here first to spare the upload.
 */
export function DocumentUploader({
  kind,
  demandId,
  attachments,
}: {
  kind: "demand" | "offer" | "application";
  demandId: string;
  attachments: ListedAttachment[];
}) {
  const t = useTranslations("media.documents");
  const router = useRouter();
  const size = useFileSize();
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { busy, run } = useBusy();
  const uploadUrl = KINDS[kind].url(demandId);
  const max = KINDS[kind].max;
  const full = kind !== "offer" && attachments.length >= max;
  const id = `${kind}-doc`;

  const reasonText = (reason?: string) =>
    reason && REASONS.includes(reason)
      ? t(`errors.${reason as "missing"}`, { mb: MB })
      : reason === "FORBIDDEN"
        ? t("errors.forbidden")
        : reason === "NOT_FOUND"
          ? t("errors.notFound")
          : reason === "RATE_LIMITED"
            ? t("errors.rateLimited")
            : t("errors.generic");

  const upload = async () => {
    const files = [...(fileRef.current?.files ?? [])];
    if (files.length === 0) return setMessage({ ok: false, text: reasonText("missing") });
    const tooBig = files.find((f) => f.size > MAX_DOCUMENT_BYTES);
    if (tooBig) return setMessage({ ok: false, text: `${tooBig.name}: ${reasonText("tooBig")}` });
    setMessage(null);
    // The first refusal stops the upload: its file and reason, or null when all went up.
    const failed = await run(async () => {
      for (const file of files) {
        const res = await postFile(uploadUrl, file);
        if (!res.ok) return `${file.name}: ${reasonText(res.reason ?? res.code)}`;
      }
      return null;
    });
    if (failed) {
      router.refresh();
      return setMessage({ ok: false, text: failed });
    }
    if (fileRef.current) fileRef.current.value = "";
    setMessage({ ok: true, text: t("uploaded") });
    router.refresh();
  };

  const remove = async (a: ListedAttachment) => {
    setMessage(null);
    const r =
      kind === "demand"
        ? await gqlClient(DeleteDemandAttachment, { id: a.id })
        : kind === "application"
          ? await gqlClient(RemoveLettingApplicationDocument, { id: a.id })
          : await gqlClient(RemoveOfferAttachment, { demandId });
    if (r.error) return setMessage({ ok: false, text: reasonText(r.error.code) });
    setMessage({ ok: true, text: t("deleted") });
    router.refresh();
  };

  return (
    <div className="stack">
      <AttachmentList
        attachments={attachments}
        emptyText={kind === "offer" ? t("offerNone") : t("none")}
        after={(a) => (
          <>
            <span className="muted">{size(a.size)}</span>
            <button type="button" className="link-button" aria-label={t("deleteLabel", { name: a.fileName })} onClick={() => remove(a)}>
              {t("delete")}
            </button>
          </>
        )}
      />
      {full ? (
        <p className="alert alert-info">{t("limit", { max })}</p>
      ) : (
        // The file picker is of no use on paper (the list above is what a printout needs).
        <div className="no-print stack">
          <Field
            id={`${id}-file`}
            label={t("file")}
            hint={
              <>
                {kind === "offer" ? `${t("offerHint")} ` : ""}
                {t("hint", { mb: MB })}
              </>
            }
            hintId={`${id}-hint`}
          >
            {(a) => <input {...a} ref={fileRef} type="file" accept={DOCUMENT_ACCEPT} multiple={kind !== "offer"} />}
          </Field>
          <p>
            <button type="button" className="button button-secondary" onClick={upload} disabled={busy}>
              {busy ? t("uploading") : kind === "offer" && attachments.length > 0 ? t("replace") : t("upload")}
            </button>
          </p>
        </div>
      )}
      <p role="status" aria-live="polite" className={message && !message.ok ? "error" : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
