import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../lib/session";
import { sectionsFor } from "./sections";
import { WaitingSummary } from "./waiting-summary";
import { refusedPage } from "./access";
import { pageTitle } from "../lib/page-title";

export const generateMetadata = pageTitle("admin", "title");

export default async function AdminDashboard() {
  const refused = await refusedPage();
  if (refused) return refused;
  const [t, user] = await Promise.all([getTranslations("admin"), currentUser()]);
  if (!user) return null; // the layout redirected already
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <WaitingSummary admin={user.role === "ADMIN"} />
      <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
        {sectionsFor(user.role).map((s) => (
          <li key={s.key} className="card">
            <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
              <Link href={s.href}>{t(`sections.${s.key}`)}</Link>
            </h2>
            <p>{t(`sections.${s.key}_hint`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
