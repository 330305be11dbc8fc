"use client";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { lengthRule, TextField } from "../components/forms/text-field";
import { EmailField, requiredEmail } from "../components/forms/email-field";
import { NewPasswordField, useNewPasswordField } from "../components/forms/new-password-field";
import { graphql } from "../lib/graphql-document";
import { gqlClient } from "../lib/graphql-client";
import { signIn } from "../lib/auth-client";
import { TermsConsent } from "./terms-consent";
import { showServerFieldErrors } from "../components/forms/server-errors";
import { ActionStatus, useActionStatus } from "../components/forms/action-status";
import { SignFormEnd } from "../components/forms/sign-form-end";

const SignUpMutation = graphql(`
  mutation SignUp(
    $email: String!
    $password: String!
    $name: String!
    $accountType: AccountType!
    $acceptTerms: Boolean
    $locale: String
  ) {
    signUp(
      email: $email
      password: $password
      name: $name
      accountType: $accountType
      acceptTerms: $acceptTerms
      locale: $locale
    ) {
      id
      role
      accountType
    }
  }
`);

type AccountType = "RESIDENT" | "PES" | "OFFICIAL";
interface Values {
  name: string;
  email: string;
  password: string;
  accountType: AccountType;
  acceptTerms: boolean;
}

export function SignUpForm() {
  const t = useTranslations("auth");
  const tp = useTranslations("privacy");
  const { status, show, clear } = useActionStatus();
  // The e-mails of the new account follow the language the page was read in.
  const locale = useLocale();
  const form = useForm<Values>({
    defaultValues: { name: "", email: "", password: "", accountType: "RESIDENT", acceptTerms: false },
  });
  const { register, handleSubmit, formState, setError: setFieldError, control } = form;
  const e = formState.errors;
  const [email, name] = useWatch({ control, name: ["email", "name"] });
  const password = useNewPasswordField(form, "password", [email, name]);

  const onSubmit = async (v: Values) => {
    clear();
    const res = await gqlClient(SignUpMutation, { ...v, locale });
    if (res.error) {
      if (res.error.code === "CONFLICT") return setFieldError("email", { message: t("signUp.conflict") }, { shouldFocus: true });
      if (res.error.code === "BAD_USER_INPUT") return void showServerFieldErrors(res.error, v, setFieldError);
      return show("error", res.error.code === "RATE_LIMITED" ? res.error.message : t("errors.generic"));
    }
    await signIn("credentials", { email: v.email, password: v.password });
    window.location.assign(v.accountType === "PES" ? "/account" : "/");
  };

  return (
    // method="post": a submit before the script has loaded must not put the password in a URL.
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post">
      <ActionStatus status={status} />
      <fieldset className="field">
        <legend>{t("signUp.accountType")}</legend>
        {(["RESIDENT", "PES", "OFFICIAL"] as const).map((type) => (
          <div key={type} className="field-inline">
            <input type="radio" id={`type-${type}`} value={type} aria-describedby={`type-${type}-hint`} {...register("accountType")} />
            <label htmlFor={`type-${type}`}>{t(`signUp.types.${type}`)}</label>{" "}
            <span id={`type-${type}-hint`} className="hint">
              — {t(`signUp.types.${type}_hint`)}
            </span>
          </div>
        ))}
      </fieldset>
      <TextField
        id="name" label={t("signUp.name")} error={e.name?.message} autoComplete="name"
        registration={register("name", { required: t("errors.required"), ...lengthRule(2, 120, t("errors.nameLength")) })}
      />
      <EmailField
        id="email"
        label={t("signUp.email")}
        error={e.email?.message}
        registration={register("email", requiredEmail(t("errors.required"), t("errors.email")))}
      />
      <NewPasswordField id="password" label={t("signUp.password")} {...password} />
      <TermsConsent field={register("acceptTerms", { required: tp("signUp.required") })} error={e.acceptTerms?.message} />
      <SignFormEnd form="signUp" submitting={formState.isSubmitting} />
    </form>
  );
}
