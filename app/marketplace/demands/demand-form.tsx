"use client";
import { isFuture, warsawInstant } from "../../lib/dates";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { lengthRule, maxLengthRule, TextAreaField, TextField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { RadioGroup } from "../../components/forms/radio-group";
import { SubmitButton } from "../../components/forms/submit-button";
import { ActionStatus } from "../../components/forms/action-status";
import { useServerForm } from "../../components/forms/server-form";

const CreateDemandMutation = graphql(`
  mutation CreateDemand($input: DemandInput!) {
    createDemand(input: $input) {
      id
    }
  }
`);

interface Values {
  kind: "COMMISSION" | "REQUEST_FOR_QUOTATION";
  title: string;
  description: string;
  category: string;
  deadline: string;
  budget: string;
  clauseType: "NONE" | "RESERVED_CONTRACT" | "EMPLOYMENT_CLAUSE" | "OTHER_SOCIAL_ASPECT";
  cpvCode: string;
}

const CLAUSE_TYPES = ["NONE", "RESERVED_CONTRACT", "EMPLOYMENT_CLAUSE", "OTHER_SOCIAL_ASPECT"] as const;
/** The API's rule (server/modules/marketplace/marketplace.inputs.ts CPV_CODE). */
const CPV_CODE = /^\d{8}-\d$/;

const WEEK_MS = 7 * 86_400_000;

/** An official's form for a demand; warns (does not refuse) when the deadline is close. */
export function DemandForm() {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { register, formState, control, status, submit, refused } = useServerForm<Values>({
    defaultValues: { kind: "REQUEST_FOR_QUOTATION", title: "", description: "", category: "", deadline: "", budget: "", clauseType: "NONE", cpvCode: "" },
  });
  const e = formState.errors;
  const deadline = useWatch({ control, name: "deadline" });
  // The page's opening time is precise enough for a "less than a week" hint.
  const [openedAt] = useState(() => Date.now());
  const at = deadline ? warsawInstant(deadline) : NaN;
  const short = at - openedAt < WEEK_MS && at > openedAt;

  const onSubmit = submit(async (v) => {
    const res = await gqlClient(CreateDemandMutation, {
      input: {
        kind: v.kind,
        title: v.title.trim(),
        description: v.description.trim() || null,
        category: v.category.trim() || null,
        deadline: new Date(warsawInstant(v.deadline)).toISOString(),
        budget: v.budget.trim() ? Number(v.budget.replace(",", ".")) : null,
        clauseType: v.clauseType,
        cpvCode: v.cpvCode.trim() || null,
      },
    });
    if (refused(res, (e) => (e.code === "FORBIDDEN" ? t("demandForm.notAllowed") : t("errors.generic")))) return;
    router.push(`/marketplace/demands/${res.data.createDemand.id}`);
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ActionStatus status={status} />
      <RadioGroup
        legend={t("demandForm.kind")}
        idPrefix="dkind"
        values={["REQUEST_FOR_QUOTATION", "COMMISSION"] as const}
        label={(k) => t(`demandKinds.${k}`)}
        registration={register("kind")}
      />
      <TextField id="demand-title" label={t("demandForm.name")} error={e.title?.message} registration={register("title", lengthRule(3, 200, t("errors.invalid")))} />
      <TextAreaField
        id="demand-description" label={t("demandForm.description")} error={e.description?.message} rows={6}
        registration={register("description", maxLengthRule(10000, t("errors.invalid")))}
      />
      <TextField id="demand-category" label={t("demandForm.category")} error={e.category?.message} registration={register("category", maxLengthRule(100, t("errors.invalid")))} />
      <TextField
        id="demand-deadline" label={t("demandForm.deadline")} hint={t("demandForm.deadlineHint")} error={e.deadline?.message} type="datetime-local"
        registration={register("deadline", { required: t("errors.required"), validate: (s) => isFuture(s) || t("amend.deadlinePast") })}
      />
      <div aria-live="polite">{short && <p className="alert alert-info">{t("demandForm.shortDeadline")}</p>}</div>
      <TextField
        id="demand-budget" label={t("demandForm.budget")} error={e.budget?.message} inputMode="decimal"
        registration={register("budget", { validate: (s) => !s.trim() || (Number.isFinite(Number(s.replace(",", "."))) && Number(s.replace(",", ".")) >= 0) || t("errors.number") })}
      />
      <RadioGroup
        legend={t("demandForm.clauseType")}
        idPrefix="dclause"
        values={CLAUSE_TYPES}
        label={(c) => t(`clauseTypes.${c}`)}
        registration={register("clauseType")}
      />
      <TextField
        id="demand-cpv" label={t("demandForm.cpvCode")} hint={t("demandForm.cpvHint")} error={e.cpvCode?.message} inputMode="numeric"
        registration={register("cpvCode", { validate: (s) => !s.trim() || CPV_CODE.test(s.trim()) || t("demandForm.cpvInvalid") })}
      />
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("demandForm.submitting")}>
        {t("demandForm.submit")}
      </SubmitButton>
    </form>
  );
}
