"use client";
import { CheckboxField } from "../../components/forms/text-field";
import { signOut } from "../../lib/auth-client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field } from "../../components/forms/field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";

const DeleteMyAccount = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

/** Deletes the account after the person confirms with their password; then signs out. */
export function DeleteAccountForm() {
  const t = useTranslations("privacy.myData");
  const [password, setPassword] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const { status, show, clear, busy, run } = useBusyAction();
  const [fieldError, setFieldError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    setFieldError(undefined);
    if (!password) return setFieldError(t("passwordRequired"));
    // Busy until the page is left: signing out is part of the action.
    await run(async () => {
      const res = await gqlClient(DeleteMyAccount, { password });
      if (res.error) {
        if (res.error.code === "BAD_USER_INPUT" && res.error.fields?.password) return setFieldError(t("wrongPassword"));
        return show("error", res.error.code === "CONFLICT" ? t("lastOwner") : t("failed", { code: res.error.code }));
      }
      await signOut({ callbackUrl: "/?accountDeleted=1" });
    });
  };

  return (
    // method="post": a submit before the script has loaded must not put the password in a URL.
    <form className="form" method="post" onSubmit={submit} noValidate>
      <ActionStatus status={status} />
      <Field id="delete-password" label={t("password")} hint={t("passwordHint")} error={fieldError}>
        {(a) => (
          <input {...a} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <CheckboxField id="delete-confirm" label={t("confirm")} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
      <p>
        <button type="submit" className="button button-danger" disabled={busy || !confirmed}>
          {busy ? t("deleting") : t("deleteButton")}
        </button>
      </p>
    </form>
  );
}
