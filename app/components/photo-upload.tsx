"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { MAX_PHOTO_BYTES, PHOTO_ACCEPT } from "../../entities/file-limits";
import type { ActionStatusKind } from "./forms/action-status";
import { Field } from "./forms/field";
import { postFile } from "./forms/post-file";

type UploadKey = "file" | "hint" | "alt" | "upload" | "uploading" | "uploaded";

/**
 * Why an upload did not happen: no file chosen, a file over the limit (both said before
 * anything is sent), or the upload route's refusal (`reason` of the file, else the error's
 * `code`; neither when no answer came).
 */
export type PhotoRefusal = "missing" | "tooBig" | { reason?: string; code?: string };

/**
 * The upload part of a photo manager: the file, its text alternative and the button. The
 * size is checked here first to spare the upload (the server checks it again, and the type
 * by content); the outcome goes to the manager's ActionStatus through `action` (its
 * `useBusyAction`), a refusal in the manager's words (`refusal`). `t` is the manager's
 * translations (each has the same six keys; `hint` may say `{mb}`).
 */
export function PhotoUpload(props: {
  url: string;
  /** Prefix of the controls' ids: `${idPrefix}-file`, `-alt`, `-hint`. */
  idPrefix: string;
  t: (key: UploadKey, values?: { mb: number }) => string;
  altHint?: string;
  buttonClassName: string;
  action: { busy: boolean; run: <T>(work: () => Promise<T>) => Promise<T>; show: (kind: ActionStatusKind, text: string) => void };
  refusal: (why: PhotoRefusal) => string;
}) {
  const { t, idPrefix, action } = props;
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return action.show("error", props.refusal("missing"));
    if (file.size > MAX_PHOTO_BYTES) return action.show("error", props.refusal("tooBig"));
    const res = await action.run(() => postFile(props.url, file, alt.trim() ? { alt: alt.trim() } : {}));
    if (!res.ok) return action.show("error", props.refusal(res));
    if (fileRef.current) fileRef.current.value = "";
    setAlt("");
    action.show("success", t("uploaded"));
    router.refresh();
  };

  return (
    <>
      <Field id={`${idPrefix}-file`} label={t("file")} hint={t("hint", { mb: MAX_PHOTO_BYTES / 1024 / 1024 })} hintId={`${idPrefix}-hint`}>
        {(a) => <input {...a} ref={fileRef} type="file" accept={PHOTO_ACCEPT} />}
      </Field>
      <Field id={`${idPrefix}-alt`} label={t("alt")} hint={props.altHint}>
        {(a) => <input {...a} value={alt} maxLength={200} onChange={(e) => setAlt(e.target.value)} />}
      </Field>
      <p>
        <button type="button" className={props.buttonClassName} onClick={upload} disabled={action.busy}>
          {action.busy ? t("uploading") : t("upload")}
        </button>
      </p>
    </>
  );
}
