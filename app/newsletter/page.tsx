import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubscribeForm } from "./subscribe-form";
import { pageTitle } from "../lib/page-title";

export const generateMetadata = pageTitle("news", "newsletter.title");

export default async function NewsletterPage() {
  const t = await getTranslations("news.newsletter");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <SubscribeForm />
      <p>
        <Link href="/newsletter/archive">{t("archiveLink")}</Link>
      </p>
    </div>
  );
}
