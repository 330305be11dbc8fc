import { FormPage } from "../../../components/form-page";
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
    <FormPage backHref="/admin/news" backLabel={t("admin.backToList")} title={t("admin.newTitle")}>
      <NewsEditorForm post={null} initial={{ title: "", category: "", lead: "", coverImageUrl: "", body: "" }} />
    </FormPage>
  );
}
