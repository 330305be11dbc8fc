import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("common");
  const sections = ["premises", "trainings", "marketplace", "news", "organizations", "programme"] as const;
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="muted">{t("home.lead")}</p>
      <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
        {sections.map((s) => (
          <li key={s} className="card">
            <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
              <Link href={`/${s}`}>{t(`nav.${s}`)}</Link>
            </h2>
            <p>{t(`home.sections.${s}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
