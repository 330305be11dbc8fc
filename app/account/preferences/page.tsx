import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { PreferencesForm } from "./preferences-form";

const MyPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    notificationPreferences { kind delivery }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("preferences.title") };
}

/** One page for how each kind of notification e-mail arrives, and where the other e-mails are managed. */
export default async function PreferencesPage() {
  if (!(await currentUser())) redirect("/signin?callbackUrl=%2Faccount%2Fpreferences");
  const [t, data] = await Promise.all([getTranslations("notifications.preferences"), gql(MyPreferencesQuery)]);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {/* Plain objects: a GraphQL result's rows have null prototypes, which client components refuse. */}
      <PreferencesForm preferences={data.notificationPreferences.map((p) => ({ kind: p.kind, delivery: p.delivery }))} />
      <section aria-labelledby="other-mail">
        <h2 id="other-mail">{t("otherTitle")}</h2>
        <ul>
          <li><Link href="/newsletter">{t("newsletter")}</Link></li>
          <li><Link href="/premises#alerts-heading">{t("savedSearches")}</Link></li>
          <li><Link href="/marketplace">{t("categories")}</Link></li>
        </ul>
      </section>
    </div>
  );
}
