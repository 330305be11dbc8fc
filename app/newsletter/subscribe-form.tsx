"use client";
import { useLocale, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { SelectField } from "../components/forms/text-field";
import { EmailField, requiredEmail } from "../components/forms/email-field";
import { graphql } from "../lib/graphql-document";
import { gqlClient } from "../lib/graphql-client";
import { ActionStatus, useActionStatus } from "../components/forms/action-status";
import { SubmitButton } from "../components/forms/submit-button";

const SubscribeMutation = graphql(`
  mutation SubscribeToNewsletter($email: String!, $consent: Boolean!, $locale: String) {
    subscribeToNewsletter(email: $email, consent: $consent, locale: $locale)
  }
`);

interface Values {
  email: string;
  consent: boolean;
  locale: "pl" | "en";
}

/** Subscribe with an e-mail; the consent box starts unticked (GDPR), double opt-in follows by e-mail. */
export function SubscribeForm() {
  const t = useTranslations("news.newsletter");
  // The page's language is the default language of the e-mails; the person may pick the other.
  const pageLocale = useLocale() === "en" ? "en" : "pl";
  const { status, show, clear } = useActionStatus();
  const { register, handleSubmit, formState, setError: setFieldError, reset } = useForm<Values>({
    defaultValues: { email: "", consent: false, locale: pageLocale },
  });
  const e = formState.errors;

  const onSubmit = async (v: Values) => {
    clear();
    const res = await gqlClient(SubscribeMutation, { email: v.email.trim(), consent: v.consent, locale: v.locale });
    if (res.error) {
      if (res.error.code === "BAD_USER_INPUT" && res.error.fields) {
        if (res.error.fields.email) setFieldError("email", { message: t("errors.email") });
        if (res.error.fields.consent) setFieldError("consent", { message: t("errors.consent") });
        if (res.error.fields.email || res.error.fields.consent) return;
      }
      return show("error", res.error.code === "RATE_LIMITED" ? t("errors.rateLimited") : t("errors.generic"));
    }
    show("success", t("done"));
    reset({ email: "", consent: false, locale: v.locale });
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate aria-describedby="newsletter-status">
      <ActionStatus id="newsletter-status" status={status} />
      <EmailField
        id="newsletter-email"
        label={t("email")}
        hint={t("emailHint")}
        error={e.email?.message}
        registration={register("email", {
          ...requiredEmail(t("errors.email"), t("errors.email")),
          maxLength: { value: 254, message: t("errors.email") },
        })}
      />
      <SelectField id="newsletter-locale" label={t("locale")} registration={register("locale")}>
        <option value="pl" lang="pl">
        polski
        </option>
        <option value="en" lang="en">
        English
        </option>
      </SelectField>
      <div className="field">
        <div className="field-inline">
          <input
            type="checkbox"
            id="newsletter-consent"
            aria-invalid={e.consent ? true : undefined}
            aria-describedby={e.consent ? "newsletter-consent-error" : undefined}
            {...register("consent", { validate: (v) => v === true || t("errors.consent") })}
          />
          <label htmlFor="newsletter-consent">{t("consent")}</label>
        </div>
        {e.consent && (
          <span id="newsletter-consent-error" className="error" role="alert">
            {e.consent.message}
          </span>
        )}
      </div>
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
