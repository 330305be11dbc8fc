import { BackLink } from "../../../components/back-link";
import { getTranslations } from "next-intl/server";
import { NewsEditorForm } from "../news-editor-form";
import { refusedPage } from "../../access";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("news", "admin.newTitle");

export default async function NewNewsPostPage() {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const t = await getTranslations("news");
  return (
    <>
      <BackLink href="/admin/news">{t("admin.backToList")}</BackLink>
      <h1>{t("admin.newTitle")}</h1>
      <NewsEditorForm post={null} initial={{ title: "", category: "", lead: "", coverImageUrl: "", body: "" }} />
    </>
  );
}
