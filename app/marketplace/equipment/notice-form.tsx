"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { lengthRule, maxLengthRule, SelectField, TextAreaField, TextField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { LOAN_LIMITS, NOTICE_LIMITS } from "../../../entities/limits";
import { CODE_NOTE_LIMITS, ITEM_CONDITIONS } from "../../../entities/codes";
import type { ItemCondition } from "../../gql/graphql";
import { DistrictOptions } from "../../components/forms/district-options";
import { Options } from "../../components/forms/options";
import { RadioGroup } from "../../components/forms/radio-group";
import { SubmitButton } from "../../components/forms/submit-button";
import { ActionStatus } from "../../components/forms/action-status";
import { useServerForm } from "../../components/forms/server-form";

export const UpdateNoticeMutation = graphql(`
  mutation UpdateEquipmentNotice($id: ID!, $input: EquipmentNoticeInput!) {
    updateEquipmentNotice(id: $id, input: $input) {
      id
    }
  }
`);

export const CreateNoticeMutation = graphql(`
  mutation CreateEquipmentNotice($input: EquipmentNoticeInput!) {
    createEquipmentNotice(input: $input) {
      id
    }
  }
`);

const KINDS = ["GIVE_AWAY", "EXCHANGE", "LEND", "WANTED"] as const;
type Kind = (typeof KINDS)[number];

export interface NoticeValues {
  kind: Kind;
  title: string;
  description: string;
  category: string;
  condition: ItemCondition | "";
  conditionNote: string;
  district: string;
  expiresAt: string;
  /** The conditions of a loan (LEND only). */
  /** What the item is worth, PLN (optional, any kind). */
  estimatedValue: string;
  deposit: string;
  pickupPlace: string;
  pickupHours: string;
  loanNotes: string;
}

/** "150", "150,50" or "150.5" → 150.5; empty → null; anything else → NaN (refused by the form). */
const amount = (s: string) => (s.trim() ? Number(s.trim().replace(",", ".")) : null);


/**
 * Form to post a notice, or (with `noticeId`) to edit one; server refusals
 * (BAD_USER_INPUT fields) land on the matching fields.
 */
export function NoticeForm({
  onCreated,
  noticeId,
  initial,
}: {
  onCreated?: (id: string) => void;
  noticeId?: string;
  initial?: Partial<NoticeValues>;
}) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { register, formState, control, status, submit, refused } = useServerForm<NoticeValues>({
    defaultValues: {
      kind: "LEND",
      title: "",
      description: "",
      category: "",
      condition: "",
      conditionNote: "",
      district: "",
      expiresAt: "",
      estimatedValue: "",
      deposit: "",
      pickupPlace: "",
      pickupHours: "",
      loanNotes: "",
      ...initial,
    },
  });
  const lend = useWatch({ control, name: "kind" }) === "LEND";
  const e = formState.errors;
  const atMost = (max: number) => maxLengthRule(max, t("errors.invalid"));
  /** An amount in złoty and grosze, up to `max` (empty: none). */
  const money = (max: number) => ({
    validate: (s: string) => {
      const n = amount(s);
      return n === null || (Number.isFinite(n) && n >= 0 && n <= max && Math.round(n * 100) === n * 100) || t("errors.invalid");
    },
  });

  const onSubmit = submit(async (v) => {
    const input = {
      kind: v.kind,
      title: v.title.trim(),
      description: v.description.trim() || null,
      category: v.category.trim() || null,
      condition: v.condition || null,
      conditionNote: v.conditionNote.trim() || null,
      district: v.district || null,
      // A notice stays valid through the whole chosen day, Polish time.
      expiresAt: v.expiresAt ? new Date(`${v.expiresAt}T23:59:59+01:00`).toISOString() : null,
      estimatedValue: amount(v.estimatedValue),
      ...(v.kind === "LEND"
        ? {
            deposit: amount(v.deposit),
            pickupPlace: v.pickupPlace.trim() || null,
            pickupHours: v.pickupHours.trim() || null,
            loanNotes: v.loanNotes.trim() || null,
          }
        : {}),
    };
    const res = noticeId
      ? await gqlClient(UpdateNoticeMutation, { id: noticeId, input })
      : await gqlClient(CreateNoticeMutation, { input });
    if (refused(res, (e) => (e.code === "FORBIDDEN" ? t("noticeForm.notAllowed") : t("errors.generic")))) return;
    const id = "createEquipmentNotice" in res.data ? res.data.createEquipmentNotice.id : res.data.updateEquipmentNotice.id;
    (onCreated ?? ((x: string) => router.push(`/marketplace/equipment/${x}`)))(id);
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t("noticeForm.title")}>
      <ActionStatus status={status} />
      <RadioGroup
        legend={t("noticeForm.kind")}
        idPrefix="kind"
        values={KINDS}
        label={(k) => t(`kinds.${k}`)}
        registration={register("kind", { required: true })}
      />
      <TextField
        id="notice-title" label={t("noticeForm.name")} hint={t("noticeForm.nameHint")} error={e.title?.message}
        registration={register("title", lengthRule(NOTICE_LIMITS.titleMin, NOTICE_LIMITS.titleMax, t("errors.invalid")))}
      />
      <TextAreaField
        id="notice-description" label={t("noticeForm.description")} hint={t("noticeForm.descriptionHint")} error={e.description?.message} rows={5}
        registration={register("description", atMost(NOTICE_LIMITS.descriptionMax))}
      />
      <TextField id="notice-category" label={t("noticeForm.category")} error={e.category?.message} registration={register("category", atMost(NOTICE_LIMITS.categoryMax))} />
      <SelectField id="notice-condition" label={t("noticeForm.condition")} error={e.condition?.message} registration={register("condition")}>
        <Options values={ITEM_CONDITIONS} label={(c) => t(`itemConditions.${c}`)} empty={t("noticeForm.conditionNone")} />
      </SelectField>
      <TextField id="notice-condition-note" label={t("noticeForm.conditionNote")} error={e.conditionNote?.message} registration={register("conditionNote", atMost(CODE_NOTE_LIMITS.itemCondition))} />
      <SelectField id="notice-district" label={t("noticeForm.district")} error={e.district?.message} registration={register("district")}>
        <DistrictOptions empty={t("noticeForm.noDistrict")} />
      </SelectField>
      <TextField id="notice-expires" label={t("noticeForm.expiresAt")} error={e.expiresAt?.message} type="date" registration={register("expiresAt")} />
      <TextField
        id="notice-estimated-value" label={t("noticeForm.estimatedValue")} hint={t("noticeForm.estimatedValueHint")} error={e.estimatedValue?.message} inputMode="decimal"
        registration={register("estimatedValue", money(NOTICE_LIMITS.estimatedValueMax))}
      />
      {lend && (
        <fieldset className="field stack">
          <legend>{t("noticeForm.loanTerms")}</legend>
          <p className="muted">{t("noticeForm.loanTermsLead")}</p>
          <TextField id="notice-deposit" label={t("noticeForm.deposit")} error={e.deposit?.message} inputMode="decimal" registration={register("deposit", money(LOAN_LIMITS.depositMax))} />
          <TextField id="notice-pickup-place" label={t("noticeForm.pickupPlace")} error={e.pickupPlace?.message} registration={register("pickupPlace", atMost(LOAN_LIMITS.pickupPlaceMax))} />
          <TextField
            id="notice-pickup-hours" label={t("noticeForm.pickupHours")} hint={t("noticeForm.pickupHoursHint")} error={e.pickupHours?.message}
            registration={register("pickupHours", atMost(LOAN_LIMITS.pickupHoursMax))}
          />
          <TextAreaField id="notice-loan-notes" label={t("noticeForm.loanNotes")} error={e.loanNotes?.message} rows={3} registration={register("loanNotes", atMost(LOAN_LIMITS.notesMax))} />
        </fieldset>
      )}
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("noticeForm.submitting")}>
        {noticeId ? t("noticeForm.save") : t("noticeForm.submit")}
      </SubmitButton>
    </form>
  );
}
