import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EMPTY_PREMISES, PremisesForm } from "../premises-form";
import { refusedPage } from "../../access";
import { BackLink } from "../../../components/back-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("premises"))("admin.newTitle") };
}

export default async function NewPremisesPage() {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const t = await getTranslations("premises.admin");
  return (
    <>
      <BackLink href="/admin/premises">← {t("title")}</BackLink>
      <h1>{t("newTitle")}</h1>
      <PremisesForm initial={EMPTY_PREMISES} />
    </>
  );
}
