import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../lib/session";
import { BACK_OFFICE_ROLES, Forbidden } from "./access";
import { AdminNav } from "./admin-nav";
import { sectionsFor } from "./sections";
import { SignInRedirect } from "./sign-in-redirect";
import { SectionMessages } from "../i18n/section-messages";
import styles from "./admin.module.css";

/** Only the messages the back office's client components translate (app/i18n/client-messages.ts). */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <SectionMessages section="admin">
      <AdminShell>{children}</AdminShell>
    </SectionMessages>
  );
}

async function AdminShell({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) return <SignInRedirect />;
  if (!BACK_OFFICE_ROLES.includes(user.role)) return <Forbidden roles={BACK_OFFICE_ROLES} />;
  const t = await getTranslations("admin");
  const items = [
    { href: "/admin", label: t("sections.dashboard") },
    ...sectionsFor(user.role).map((s) => ({ href: s.href, label: t(`sections.${s.key}`) })),
  ];
  return (
    <div className={styles.shell}>
      <AdminNav label={t("navLabel")} items={items} />
      <div className={styles.content}>{children}</div>
    </div>
  );
}
