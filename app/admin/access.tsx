import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactElement } from "react";
import type { Role } from "../gql/graphql";
import { currentUser } from "../lib/session";
import { ADMIN_SECTIONS, type SectionKey } from "./sections";
import { SignInRedirect } from "./sign-in-redirect";

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

/**
 * The guard of every back-office page, called by the page itself: in the App Router a
 * layout guards nothing (pages render in parallel with it, and a page's data would be
 * fetched and sent all the same). Returns what to render instead of the page — the
 * sign-in redirect or the refusal — or null when the person may see it. The roles come
 * from the section list (sections.ts), so the menu and the guard cannot disagree. The
 * API checks every operation again: this only keeps the page from being shown.
 */
export async function refusedPage(section?: SectionKey): Promise<ReactElement | null> {
  const roles = section ? ADMIN_SECTIONS.find((s) => s.key === section)!.roles : BACK_OFFICE_ROLES;
  const user = await currentUser();
  if (!user) return <SignInRedirect />;
  if (!roles.includes(user.role)) return <Forbidden roles={roles} />;
  return null;
}
