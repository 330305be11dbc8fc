import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { ProductForm } from "../product-form";
import { FormPage } from "../../../components/form-page";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("marketplace", "productForm.title");

export default async function NewProductPage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  return (
    <FormPage
      backHref="/marketplace?tab=products"
      backLabel={t("tabs.products")}
      title={t("productForm.title")}
      allowed={user?.role === "PES_MEMBER"}
      refusal={t("productForm.notAllowed")}
    >
      <ProductForm />
    </FormPage>
  );
}
