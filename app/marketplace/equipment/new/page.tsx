import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { NoticeForm } from "../notice-form";
import { BackLink } from "../../../components/back-link";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("marketplace", "noticeForm.title");

export default async function NewNoticePage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  const allowed = user && (user.role === "PES_MEMBER" || user.role === "RESIDENT");
  return (
    <div className="stack">
      <BackLink href="/marketplace">{t("notice.back")}</BackLink>
      <h1>{t("noticeForm.title")}</h1>
      {!user ? (
        <p className="alert alert-info">
          <Link href="/signin?callbackUrl=/marketplace/equipment/new">{t("noticeForm.signIn")}</Link>
        </p>
      ) : !allowed ? (
        <p className="alert alert-info">{t("noticeForm.notAllowed")}</p>
      ) : (
        <>
          <p className="muted">{t("noticeForm.lead")}</p>
          <NoticeForm />
        </>
      )}
    </div>
  );
}
