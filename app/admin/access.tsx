import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "../gql/graphql";

/** Roles that may open the back office at all; some sections narrow it to ADMIN. */
export const BACK_OFFICE_ROLES: Role[] = ["OFFICIAL", "ADMIN"];

/**
 * What a signed-in person without the right role sees instead of a back-office page.
 * (The App Router cannot set a 403 status from a page without the experimental
 * authInterrupts; the page says it plainly instead.)
 */
export async function Forbidden({ roles }: { roles: Role[] }) {
  const t = await getTranslations("admin");
  const names = roles.map((r) => t(`roleNames.${r as "OFFICIAL" | "ADMIN"}`)).join(", ");
  return (
    <section aria-labelledby="forbidden-heading" className="stack">
      <h1 id="forbidden-heading">{t("forbidden.title")}</h1>
      <p>{t("forbidden.text", { roles: names })}</p>
      <p>
        <Link href="/">{t("forbidden.back")}</Link>
      </p>
    </section>
  );
}
