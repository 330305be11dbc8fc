"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../../components/forms/action-status";
import { Field } from "../../../components/forms/field";
import { postFile, refusalKey } from "../../../components/forms/post-file";
import { PHOTO_ACCEPT } from "../../../../entities/file-limits";

const RemoveLogo = graphql(`
  mutation RemoveOrganizationLogo($organizationId: ID!) {
    removeOrganizationLogo(organizationId: $organizationId) {
      id
      hasUploadedLogo
    }
  }
`);

const MAX_BYTES = 8 * 1024 * 1024;

/** The organisation's logo: upload (checked and resized on the server), replace or remove. */
export function LogoUploader({ organizationId, name, logoUrl, uploaded }: { organizationId: string; name: string; logoUrl: string | null; uploaded: boolean }) {
  const t = useTranslations("organizations.logo");
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const { status, show, busy, run } = useBusyAction();

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return show("error", t("errors.missing"));
    if (file.size > MAX_BYTES) return show("error", t("errors.tooBig"));
    const res = await run(() => postFile(`/organization-logos?organizationId=${encodeURIComponent(organizationId)}`, file));
    if (!res.ok) return show("error", t(`errors.${refusalKey(res, ["tooBig", "notImage", "FORBIDDEN", "RATE_LIMITED"])}`));
    if (fileRef.current) fileRef.current.value = "";
    show("success", t("uploaded"));
    router.refresh();
  };

  const remove = async () => {
    const r = await run(() => gqlClient(RemoveLogo, { organizationId }));
    if (r.error) return show("error", t("errors.generic"));
    show("success", t("removed"));
    router.refresh();
  };

  return (
    <section aria-labelledby="logo-heading" className="stack">
      <h2 id="logo-heading">{t("title")}</h2>
      {logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logoUrl} alt={t("current", { name })} style={{ maxHeight: 100, maxWidth: 300, objectFit: "contain" }} />
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <Field id="logo-file" label={uploaded ? t("replace") : t("file")} hint={t("hint")} hintId="logo-hint">
        {(a) => <input {...a} ref={fileRef} type="file" accept={PHOTO_ACCEPT} />}
      </Field>
      <p className="actions">
        <button type="button" className="button button-secondary" onClick={upload} disabled={busy}>
          {busy ? t("uploading") : t("upload")}
        </button>{" "}
        {uploaded && (
          <button type="button" className="link-button" onClick={remove} disabled={busy}>
            {t("remove")}
          </button>
        )}
      </p>
      <ActionStatus status={status} />
    </section>
  );
}
