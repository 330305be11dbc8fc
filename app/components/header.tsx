import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "../lib/session";
import { setLocale } from "../i18n/actions";
import { NavLinks } from "./nav-links";
import { SearchBox } from "./search-box";
import { SiteMenu } from "./site-menu";
import { ApprovalsBadge } from "./approvals-badge";
import { NotificationsBadge } from "./notifications-badge";
import { WaitingBadge } from "./waiting-badge";
import { isStaffRole } from "../../entities/roles";

/**
 * One header for every width. On a phone the search, the account links and the sections
 * fold into a <details> menu (no JavaScript needed; closed again after a move, see SiteMenu); from 48rem up the same markup is laid
 * out in full and the "Menu" summary is hidden (see `.site-menu` in globals.css).
 */
export async function Header() {
  const [t, user, locale] = await Promise.all([getTranslations("common"), currentUser(), getLocale()]);
  const other = locale === "pl" ? "en" : "pl";
  const sections = [
    { href: "/premises", label: t("nav.premises") },
    { href: "/trainings", label: t("nav.trainings") },
    { href: "/marketplace", label: t("nav.marketplace") },
    { href: "/news", label: t("nav.news") },
    { href: "/organizations", label: t("nav.organizations") },
    { href: "/programme", label: t("nav.programme") },
  ];
  return (
    <header className="site-header">
      <div className="container bar">
        <Link href="/" className="brand">
          {t("siteName")}
          <small>{t("tagline")}</small>
        </Link>
        {/*
          Badge slot: counts that wait for the signed-in person (approvals, requests…).
          It stays outside the menu so that it is seen on a phone without opening it.
        */}
        <div className="header-badges">
          <ApprovalsBadge />
          <WaitingBadge />
          <NotificationsBadge />
        </div>
        <SiteMenu>
          <summary className="site-menu-toggle">
            <span aria-hidden="true" className="site-menu-icon" />
            {t("menu.open")}
          </summary>
          <div className="site-menu-body">
            <SearchBox />
            <div className="account-menu">
              {user ? (
                <>
                  <span className="account-name">
                    {t("account.signedInAs", { name: user.name })} ({t(`roles.${user.role}`)})
                  </span>
                  <Link href="/account">{t("account.myAccount")}</Link>
                  {isStaffRole(user.role) && <Link href="/admin">{t("account.backOffice")}</Link>}
                  <Link href="/signout">{t("account.signOut")}</Link>
                </>
              ) : (
                <>
                  <Link href="/signin">{t("account.signIn")}</Link>
                  <Link href="/signup">{t("account.signUp")}</Link>
                </>
              )}
              <form action={setLocale}>
                <input type="hidden" name="locale" value={other} />
                <button type="submit" className="link-button" lang={other}>
                  {t("language.switchTo")}
                </button>
              </form>
            </div>
            <nav className="main-nav" aria-label={t("nav.label")}>
              <NavLinks items={sections} />
            </nav>
          </div>
        </SiteMenu>
      </div>
    </header>
  );
}
