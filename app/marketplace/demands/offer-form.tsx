"use client";
import { useRouter } from "next/navigation";
import { HeadedForm } from "../../components/forms/headed-form";
import { useServerForm } from "../../components/forms/server-form";
import { useTranslations } from "next-intl";
import { lengthRule, TextAreaField, TextField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

const SubmitOfferMutation = graphql(`
  mutation SubmitOffer($demandId: ID!, $input: OfferInput!) {
    submitOffer(demandId: $demandId, input: $input) {
      id
      price
      message
    }
  }
`);
const WithdrawOfferMutation = graphql(`mutation WithdrawOffer($demandId: ID!) { withdrawOffer(demandId: $demandId) }`);

interface Values {
  price: string;
  message: string;
}

/** A verified PES's sealed offer: submit, replace or withdraw until the deadline. */
export function OfferForm({ demandId, current }: { demandId: string; current: { price: number; message: string } | null }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { register, formState, status, show, submit, refused } = useServerForm<Values>({
    defaultValues: { price: current ? String(current.price) : "", message: current?.message ?? "" },
  });
  const e = formState.errors;
  const refusal = (error: { code: string }) => (error.code === "FORBIDDEN" ? t("offer.forbidden") : t("errors.generic"));

  const onSubmit = submit(async (v) => {
    const res = await gqlClient(SubmitOfferMutation, { demandId, input: { price: Number(v.price.replace(",", ".")), message: v.message.trim() } });
    if (refused(res, refusal)) return;
    show("success", t("offer.saved"));
    router.refresh();
  });

  const withdraw = async () => {
    const res = await gqlClient(WithdrawOfferMutation, { demandId });
    if (res.error) return show("error", refusal(res.error));
    show("success", t("offer.withdrawn"));
    router.refresh();
  };

  return (
    <HeadedForm id="offer-heading" heading={t("offer.title")} lead={t("offer.lead")} status={status} onSubmit={onSubmit}>
      {/* Registered as a field of its own, not inside a render function that runs after this
          one: react-hook-form focuses the first refused field in the order of registration. */}
      <TextField
        id="offer-price"
        label={t("offer.price")}
        error={e.price?.message}
        inputMode="decimal"
        registration={register("price", {
          required: t("errors.required"),
          validate: (s) => {
            const n = Number(s.replace(",", "."));
            return (Number.isFinite(n) && n > 0 && n <= 9_999_999_999.99) || t("errors.number");
          },
        })}
      />
      <TextAreaField id="offer-message" label={t("offer.message")} error={e.message?.message} rows={5} registration={register("message", lengthRule(1, 5000, t("errors.required")))} />
      <div className="button-row">
        <SubmitButton submitting={formState.isSubmitting} busyLabel={t("offer.submitting")}>
          {current ? t("offer.replace") : t("offer.submit")}
        </SubmitButton>
        {current && (
          <button type="button" className="button button-secondary" onClick={withdraw}>
            {t("offer.withdraw")}
          </button>
        )}
      </div>
    </HeadedForm>
  );
}
