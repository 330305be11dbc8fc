"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "../components/forms/text-field";
import { CurrentPasswordField } from "../components/forms/current-password-field";
import { SignFormEnd } from "../components/forms/sign-form-end";
import { ErrorAlert } from "../components/forms/error-alert";
import { signIn } from "../lib/auth-client";

/** Codes of a refused city sign-in (server/auth/city-sign-in.ts, next-auth's OAuth errors) → their message. */
const CITY_ERRORS: Record<string, string> = {
  CITY_ACCOUNT: "cityAccount",
  CITY_EMAIL_UNVERIFIED: "cityEmailUnverified",
  CITY_SUBJECT_CONFLICT: "citySubjectConflict",
  CITY_INVALID_PROFILE: "cityInvalidProfile",
  OAuthSignin: "cityFailed",
  OAuthCallback: "cityFailed",
  Callback: "cityFailed",
};

interface Values {
  email: string;
  password: string;
}

export function SignInForm({ callbackUrl, initialError, csrfToken }: { callbackUrl: string; initialError?: string; csrfToken?: string }) {
  const t = useTranslations("auth");
  // "RATE_LIMITED:<seconds>" from the server: say when to try again.
  const explain = (code: string) => {
    const city = CITY_ERRORS[code];
    if (city) return t(`signIn.${city}`);
    const limited = /^RATE_LIMITED(?::(\d+))?$/.exec(code);
    if (!limited) return t("signIn.failed");
    return limited[1] ? t("signIn.rateLimitedFor", { seconds: Number(limited[1]) }) : t("signIn.rateLimited");
  };
  const [error, setError] = useState<string | undefined>(initialError ? explain(initialError) : undefined);
  const { register, handleSubmit, formState } = useForm<Values>({ defaultValues: { email: "", password: "" } });

  const onSubmit = async (v: Values) => {
    setError(undefined);
    const res = await signIn("credentials", { email: v.email, password: v.password });
    if (res.error) {
      setError(explain(res.error));
      return;
    }
    // A full navigation, so that server components render with the new session.
    window.location.assign(callbackUrl);
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post" action="/api/auth/callback/credentials">
      {/* Used only when the form is posted without JavaScript (next-auth's CSRF check, then back to where the person was going). */}
      {csrfToken && <input type="hidden" name="csrfToken" value={csrfToken} />}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <ErrorAlert>{error}</ErrorAlert>
      <TextField id="email" label={t("signIn.email")} error={formState.errors.email && t("errors.required")} type="email" autoComplete="email" registration={register("email", { required: true })} />
      <CurrentPasswordField
        id="password"
        label={t("signIn.password")}
        error={formState.errors.password && t("errors.required")}
        registration={register("password", { required: true })}
      />
      <SignFormEnd form="signIn" submitting={formState.isSubmitting} />
    </form>
  );
}
