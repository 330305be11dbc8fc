import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { ProductForm } from "../product-form";
import { BackLink } from "../../../components/back-link";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("marketplace", "productForm.title");

export default async function NewProductPage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  return (
    <div className="stack">
      <BackLink href="/marketplace?tab=products">{t("tabs.products")}</BackLink>
      <h1>{t("productForm.title")}</h1>
      {user?.role === "PES_MEMBER" ? <ProductForm /> : <p className="alert alert-info">{t("productForm.notAllowed")}</p>}
    </div>
  );
}
