"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useWatch, type FieldValues, type Path, type UseFormReturn, type UseFormRegisterReturn } from "react-hook-form";
import { passwordProblem, passwordUserInputs, type PasswordProblem } from "../../../entities/passwords";
import { Field } from "./field";

/** The message of the one password rule (entities/passwords.ts) in the page's language. */
export function usePasswordRule() {
  const t = useTranslations("auth");
  const message = (p: PasswordProblem) => (p === "guessable" ? t("errors.passwordWeak") : t("errors.passwordLength"));
  /** A react-hook-form `validate`: the same rule the server applies, with the person's own words. */
  const validate = (inputs: () => (string | undefined)[]) => async (v: string) => {
    const p = await passwordProblem(v, passwordUserInputs(...inputs()));
    return p ? message(p) : true;
  };
  return { message, validate };
}

/**
 * What a form's NewPasswordField is given, wired alike in every form: the value it checks as
 * the person types, the field's rule (required, then the one password rule with the
 * person's own words, `userInputs`), its error and the rule's hint.
 */
export function useNewPasswordField<V extends FieldValues>(
  form: Pick<UseFormReturn<V>, "control" | "register" | "getFieldState" | "formState">,
  name: Path<V>,
  userInputs: (string | undefined)[],
) {
  const t = useTranslations("auth");
  const rule = usePasswordRule();
  const value = useWatch({ control: form.control, name }) as string;
  return {
    hint: t("signUp.passwordHint"),
    value,
    userInputs,
    error: form.getFieldState(name, form.formState).error?.message,
    registration: form.register(name, { required: t("errors.required"), validate: rule.validate(() => userInputs) as never }),
  };
}

/**
 * A new-password input that says, as the person types, whether the password meets the
 * rule and why not. The estimator loads on the first keystroke (its own chunk), so pages
 * with this field do not carry it in their first load.
 */
export function NewPasswordField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  userInputs: (string | undefined)[];
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const t = useTranslations("auth");
  const { message } = usePasswordRule();
  // The verdict of the value it was computed for: a stale one (the person typed on) is not shown.
  const [checked, setChecked] = useState<{ value: string; verdict: PasswordProblem | "ok" }>();
  const inputsKey = props.userInputs.join("\n");

  useEffect(() => {
    if (!props.value) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const p = await passwordProblem(props.value, passwordUserInputs(...inputsKey.split("\n")));
      if (!cancelled) setChecked({ value: props.value, verdict: p ?? "ok" });
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [props.value, inputsKey]);
  const verdict = props.value && checked?.value === props.value ? checked.verdict : null;

  const liveId = `${props.id}-live`;
  const live = props.error || !verdict ? "" : verdict === "ok" ? t("lifecycle.passwordCheck.ok") : message(verdict);
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(a) => (
        <>
          <input
            {...a}
            aria-describedby={[a["aria-describedby"], liveId].filter(Boolean).join(" ")}
            type="password"
            autoComplete="new-password"
            {...props.registration}
          />
          <span id={liveId} className={verdict === "ok" ? "hint" : "error"} aria-live="polite">
            {live}
          </span>
        </>
      )}
    </Field>
  );
}
