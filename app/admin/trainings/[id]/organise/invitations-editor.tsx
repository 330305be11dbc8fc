"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { TORUN_DISTRICTS } from "../../../../../entities/districts";
import { ActionStatus, useActionStatus } from "../../../../components/forms/action-status";
import { TextAreaField } from "../../../../components/forms/text-field";
import { showServerFieldErrors } from "../../../../components/forms/server-errors";
import { graphql } from "../../../../lib/graphql-document";
import { gqlClient } from "../../../../lib/graphql-client";
import { SubmitButton } from "../../../../components/forms/submit-button";

const Invite = graphql(`
  mutation InviteToTraining($trainingId: ID!, $input: TrainingInvitationInput!) {
    inviteToTraining(trainingId: $trainingId, input: $input) {
      invited
      skipped
    }
  }
`);

interface Values {
  categories: string[];
  districts: string[];
  emails: string;
}

/** The same limit as the server's TrainingInvitationInput. */
const MAX_ADDRESSES = 500;

/** Splits pasted addresses on commas, semicolons, spaces and new lines. */
/** A folded list of checkboxes that narrows who is invited (ids by position: the values are free text). */
function FoldedChecks(props: { title: string; idPrefix: string; values: readonly string[]; registration: UseFormRegisterReturn }) {
  return (
    <details>
      <summary>{props.title}</summary>
      <fieldset>
        <legend className="visually-hidden">{props.title}</legend>
        {props.values.map((v, i) => (
          <div key={v} className="field-inline">
            <input id={`${props.idPrefix}-${i}`} type="checkbox" value={v} {...props.registration} />
            <label htmlFor={`${props.idPrefix}-${i}`}>{v}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

export function pastedAddresses(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/** Organisers invite the verified PES of chosen activities or districts, and pasted addresses. */
export function InvitationsEditor({ trainingId, activities }: { trainingId: string; activities: string[] }) {
  const t = useTranslations("trainings.organise.invite");
  const router = useRouter();
  const notice = useActionStatus();
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({ defaultValues: { categories: [], districts: [], emails: "" } });

  const submit = async (v: Values) => {
    notice.clear();
    const emails = pastedAddresses(v.emails);
    if (!v.categories.length && !v.districts.length && !emails.length) return setError("emails", { message: t("nothingChosen") });
    if (emails.length > MAX_ADDRESSES) return setError("emails", { message: t("tooMany", { max: MAX_ADDRESSES }) });
    const res = await gqlClient(Invite, { trainingId, input: { categories: v.categories, districts: v.districts, emails } });
    if (res.error) {
      const rest = showServerFieldErrors(res.error, v, setError);
      if (rest?.mapped && !rest.unmapped.length) return;
      return notice.show("error", rest?.unmapped.at(-1) ?? (res.error.code === "CONFLICT" ? t("ended") : t("failed")));
    }
    reset();
    notice.show("success", t("done", { invited: res.data.inviteToTraining.invited, skipped: res.data.inviteToTraining.skipped }));
    router.refresh();
  };

  return (
    <form className="form stack" onSubmit={handleSubmit(submit)} noValidate aria-labelledby="invite-heading">
      <p className="muted">{t("intro")}</p>
      {activities.length > 0 && (
        <FoldedChecks title={t("categories")} idPrefix="invite-c" values={activities} registration={register("categories")} />
      )}
      <FoldedChecks title={t("districts")} idPrefix="invite-d" values={TORUN_DISTRICTS} registration={register("districts")} />
      <TextAreaField id="invite-emails" label={t("emails")} hint={t("emailsHint", { max: MAX_ADDRESSES })} error={formState.errors.emails?.message} rows={4} registration={register("emails")} />
      <div>
        <SubmitButton submitting={formState.isSubmitting} busyLabel={t("sending")}>{t("submit")}</SubmitButton>
      </div>
      <ActionStatus status={notice.status} />
    </form>
  );
}
