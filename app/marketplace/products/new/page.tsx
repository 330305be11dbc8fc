import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { ProductForm } from "../product-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("marketplace"))("productForm.title") };
}

export default async function NewProductPage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  return (
    <div className="stack">
      <p className="no-print">
        <Link href="/marketplace?tab=products">{t("tabs.products")}</Link>
      </p>
      <h1>{t("productForm.title")}</h1>
      {user?.role === "PES_MEMBER" ? <ProductForm /> : <p className="alert alert-info">{t("productForm.notAllowed")}</p>}
    </div>
  );
}
