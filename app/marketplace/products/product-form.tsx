"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { lengthRule, maxLengthRule, TextAreaField, TextField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";
import { ActionStatus } from "../../components/forms/action-status";
import { useServerForm } from "../../components/forms/server-form";

const CreateProductMutation = graphql(`
  mutation CreateProduct($input: ProductInput!) {
    createProduct(input: $input) {
      id
      organization { slug }
    }
  }
`);

interface Values {
  name: string;
  category: string;
  description: string;
  priceFrom: string;
  priceTo: string;
  unit: string;
  areaServed: string;
  socialClauseSuitable: boolean;
}

const toNumber = (s: string) => (s.trim() ? Number(s.replace(",", ".")) : null);
const priceRule = (s: string) => !s.trim() || (Number.isFinite(Number(s.replace(",", "."))) && Number(s.replace(",", ".")) >= 0);

/** A verified PES adds an entry to its own catalogue. */
export function ProductForm() {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { register, formState, status, submit, refused } = useServerForm<Values>({
    defaultValues: { name: "", category: "", description: "", priceFrom: "", priceTo: "", unit: "", areaServed: "", socialClauseSuitable: false },
  });
  const e = formState.errors;
  const onSubmit = submit(async (v) => {
    const res = await gqlClient(CreateProductMutation, {
      input: {
        name: v.name.trim(),
        category: v.category.trim(),
        description: v.description.trim() || null,
        priceFrom: toNumber(v.priceFrom),
        priceTo: toNumber(v.priceTo),
        unit: v.unit.trim() || null,
        areaServed: v.areaServed.trim() || null,
        socialClauseSuitable: v.socialClauseSuitable,
      },
    });
    if (refused(res, (e) => (e.code === "FORBIDDEN" ? t("productForm.notAllowed") : t("errors.generic")))) return;
    router.push(`/organizations/${res.data.createProduct.organization.slug}`);
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ActionStatus status={status} />
      <TextField id="product-name" label={t("productForm.name")} error={e.name?.message} registration={register("name", lengthRule(3, 200, t("errors.invalid")))} />
      <TextField id="product-category" label={t("productForm.category")} error={e.category?.message} registration={register("category", lengthRule(2, 100, t("errors.invalid")))} />
      <TextAreaField
        id="product-description" label={t("productForm.description")} error={e.description?.message} rows={4}
        registration={register("description", maxLengthRule(5000, t("errors.invalid")))}
      />
      <TextField
        id="product-price-from" label={t("productForm.priceFrom")} error={e.priceFrom?.message} inputMode="decimal"
        registration={register("priceFrom", { validate: (s) => priceRule(s) || t("errors.number") })}
      />
      <TextField
        id="product-price-to" label={t("productForm.priceTo")} error={e.priceTo?.message} inputMode="decimal"
        registration={register("priceTo", { validate: (s) => priceRule(s) || t("errors.number") })}
      />
      <TextField id="product-unit" label={t("productForm.unit")} error={e.unit?.message} registration={register("unit", maxLengthRule(40, t("errors.invalid")))} />
      <TextField id="product-area" label={t("productForm.areaServed")} error={e.areaServed?.message} registration={register("areaServed", maxLengthRule(200, t("errors.invalid")))} />
      <div className="field field-inline">
        <input type="checkbox" id="product-social" {...register("socialClauseSuitable")} />
        <label htmlFor="product-social">{t("productForm.socialClause")}</label>
      </div>
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("productForm.submitting")}>
        {t("productForm.submit")}
      </SubmitButton>
    </form>
  );
}
