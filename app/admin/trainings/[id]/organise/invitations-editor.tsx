"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { TORUN_DISTRICTS } from "../../../../../entities/districts";
import { ActionStatus, useActionStatus, type ActionStatusKind } from "../../../../components/forms/action-status";
import { TextAreaField } from "../../../../components/forms/text-field";
import { showServerFieldErrors } from "../../../../components/forms/server-errors";
import { gqlClient } from "../../../../lib/graphql-client";
import { SubmitButton } from "../../../../components/forms/submit-button";
import { inviteByForm } from "./invitation-actions";
import { invitationProblem, InviteDocument, MAX_ADDRESSES, pastedAddresses } from "./invitations";

interface Values {
  categories: string[];
  districts: string[];
  emails: string;
}

/** A folded list of checkboxes that narrows who is invited (ids by position: the values are free text). */
function FoldedChecks(props: { title: string; idPrefix: string; values: readonly string[]; chosen: readonly string[]; registration: UseFormRegisterReturn }) {
  return (
    <details open={props.chosen.length > 0}>
      <summary>{props.title}</summary>
      <fieldset>
        <legend className="visually-hidden">{props.title}</legend>
        {props.values.map((v, i) => (
          <div key={v} className="field-inline">
            <input id={`${props.idPrefix}-${i}`} type="checkbox" value={v} defaultChecked={props.chosen.includes(v)} {...props.registration} />
            <label htmlFor={`${props.idPrefix}-${i}`}>{v}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

/**
 * Organisers invite the verified PES of chosen activities or districts, and pasted addresses.
 * Without JavaScript the form posts to `inviteByForm`: done, the page comes back with the outcome
 * as `result`; refused, the action's answer is this form again with what was chosen and pasted
 * (`refused`, rendered by the server: the fields carry their values themselves, not through a script).
 */
export function InvitationsEditor({ trainingId, activities, result }: {
  trainingId: string;
  activities: string[];
  result?: { kind: ActionStatusKind; text: string } | null;
}) {
  const t = useTranslations("trainings.organise.invite");
  const router = useRouter();
  const [refused, formAction] = useActionState(inviteByForm, null);
  const notice = useActionStatus(result ?? (refused && { kind: "error", text: t(refused.key, { max: MAX_ADDRESSES }) }));
  const chosen = { categories: refused?.categories ?? [], districts: refused?.districts ?? [], emails: refused?.emails ?? "" };
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({ defaultValues: chosen });

  const submit = async (v: Values) => {
    notice.clear();
    const emails = pastedAddresses(v.emails);
    const problem = invitationProblem({ ...v, emails });
    if (problem) return setError("emails", { message: t(problem, { max: MAX_ADDRESSES }) });
    const res = await gqlClient(InviteDocument, { trainingId, input: { categories: v.categories, districts: v.districts, emails } });
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
    <form className="form stack" action={formAction} onSubmit={handleSubmit(submit)} noValidate aria-labelledby="invite-heading">
      <input type="hidden" name="trainingId" value={trainingId} />
      <p className="muted">{t("intro")}</p>
      {activities.length > 0 && (
        <FoldedChecks title={t("categories")} idPrefix="invite-c" values={activities} chosen={chosen.categories} registration={register("categories")} />
      )}
      <FoldedChecks title={t("districts")} idPrefix="invite-d" values={TORUN_DISTRICTS} chosen={chosen.districts} registration={register("districts")} />
      <TextAreaField id="invite-emails" label={t("emails")} hint={t("emailsHint", { max: MAX_ADDRESSES })} error={formState.errors.emails?.message} rows={4} defaultValue={chosen.emails} registration={register("emails")} />
      <div>
        <SubmitButton submitting={formState.isSubmitting} busyLabel={t("sending")}>{t("submit")}</SubmitButton>
      </div>
      <ActionStatus status={notice.status} />
    </form>
  );
}
