import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("accessibilityStatement.title") };
}

/** The accessibility statement the Polish act on digital accessibility requires of public bodies. */
export default async function AccessibilityPage() {
  const t = await getTranslations("common.accessibilityStatement");
  const features = t.raw("features") as string[];
  return (
    <article className="stack" style={{ maxWidth: "48rem" }}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("scope")}</p>
      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{t("statusTitle")}</h2>
        <p>{t("status")}</p>
      </section>
      <section aria-labelledby="a11y-features">
        <h2 id="a11y-features">{t("featuresTitle")}</h2>
        <ul>
          {features.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-exceptions">
        <h2 id="a11y-exceptions">{t("exceptionsTitle")}</h2>
        <p>{t("exceptions")}</p>
      </section>
      <section aria-labelledby="a11y-prepared">
        <h2 id="a11y-prepared">{t("preparedTitle")}</h2>
        <p>{t("prepared")}</p>
      </section>
      <section aria-labelledby="a11y-contact">
        <h2 id="a11y-contact">{t("contactTitle")}</h2>
        <p>{t("contact")}</p>
      </section>
      <section aria-labelledby="a11y-procedure">
        <h2 id="a11y-procedure">{t("procedureTitle")}</h2>
        <p>{t("procedure")}</p>
      </section>
    </article>
  );
}
