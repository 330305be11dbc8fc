import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Footer() {
  const [t, tp] = await Promise.all([getTranslations("common"), getTranslations("privacy")]);
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <p>{t("footer.contact")}</p>
        <ul>
          <li><Link href="/newsletter">{t("footer.newsletter")}</Link></li>
          <li><a href="/news/rss.xml">{t("footer.rss")}</a></li>
          <li><Link href="/accessibility">{t("footer.accessibility")}</Link></li>
          <li><Link href="/privacy">{tp("footerLink")}</Link></li>
        </ul>
      </div>
    </footer>
  );
}
