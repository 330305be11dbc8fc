import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { NoticeForm } from "../notice-form";
import { FormPage } from "../../../components/form-page";
import { pageTitle } from "../../../lib/page-title";
import { signInHref } from "../../../lib/sign-in";

export const generateMetadata = pageTitle("marketplace", "noticeForm.title");

export default async function NewNoticePage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  const allowed = user?.role === "PES_MEMBER" || user?.role === "RESIDENT";
  return (
    <FormPage
      backHref="/marketplace"
      backLabel={t("notice.back")}
      title={t("noticeForm.title")}
      allowed={allowed}
      refusal={user ? t("noticeForm.notAllowed") : <Link href={signInHref("/marketplace/equipment/new")}>{t("noticeForm.signIn")}</Link>}
    >
      <p className="muted">{t("noticeForm.lead")}</p>
      <NoticeForm />
    </FormPage>
  );
}
