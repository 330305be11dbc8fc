import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { ApprovalState } from "./approval-state";
import { JoinRequests } from "./join-requests";
import { OrganizationPicker } from "./organization-picker";
import styles from "./account.module.css";
import { pageTitle } from "../lib/page-title";
import { redirectToSignIn } from "../lib/sign-in";

const AccountQuery = graphql(`
  query AccountPage {
    me {
      id
      email
      name
      role
      accountType
      approvalStatus
      membership {
        id
        status
        role
        organization {
          id
          name
          verified
        }
      }
    }
    organizationJoinRequests {
      id
      createdAt
      user {
        id
        name
        email
      }
    }
  }
`);

/** The role an account of each kind has once it is approved or joined. */
const ROLE_OF_KIND: Record<string, string> = { RESIDENT: "RESIDENT", PES: "PES_MEMBER", OFFICIAL: "OFFICIAL" };

export const generateMetadata = pageTitle("auth", "account.title");

export default async function AccountPage() {
  if (!(await currentUser())) redirectToSignIn("/account");
  const [t, tc, to, tp, data] = await Promise.all([
    getTranslations("auth"),
    getTranslations("common"),
    getTranslations("organizations"),
    getTranslations("privacy"),
    gql(AccountQuery),
  ]);
  const me = data.me;
  if (!me) redirectToSignIn("/account");
  const m = me.membership;
  const showOrganization = me.accountType === "PES" || !!m;

  return (
    <>
      <h1>{t("account.title")}</h1>
      <section aria-labelledby="profile-heading" className="card stack">
        <h2 id="profile-heading">{t("account.profile")}</h2>
        <dl className={styles.details}>
          <dt>{t("account.name")}</dt>
          <dd>{me.name}</dd>
          <dt>{t("account.email")}</dt>
          <dd>{me.email}</dd>
          <dt>{t("account.role")}</dt>
          <dd>{tc(`roles.${me.role}`)}</dd>
          {/* The kind chosen at sign-up only where the role does not already say it (a PES or
              an official account still waiting is a resident's role): "Osoba fizyczna" twice said nothing. */}
          {ROLE_OF_KIND[me.accountType] !== me.role && (
            <>
              <dt>{t("account.accountType")}</dt>
              <dd>{t(`account.accountTypes.${me.accountType}`)}</dd>
            </>
          )}
        </dl>
        <p className="no-print">
          <Link href="/account/registrations">{t("account.registrations")}</Link>
          {" · "}<Link href="/account/privacy">{tp("myData.title")}</Link>
        </p>
        <p className="no-print"><Link href="/account/security">{t("lifecycle.security.link")}</Link></p>
        <p className="no-print"><Link href="/account/activity">{(await getTranslations("activity"))("link")}</Link></p>
      </section>

      <ApprovalState />

      {showOrganization && (
        <section id="organization" aria-labelledby="organization-heading" className="stack" style={{ marginTop: "2rem" }}>
          <h2 id="organization-heading">{t("account.organization.title")}</h2>
          {!m && <OrganizationPicker />}
          {m?.status === "PENDING" && (
            <p className="alert alert-info" role="status">
              {t("account.organization.pendingMembership", { name: m.organization.name })}
            </p>
          )}
          {m?.status === "ACTIVE" && (
            <p className={`alert ${m.organization.verified ? "alert-success" : "alert-info"}`}>
              {t(m.organization.verified ? "account.organization.activeVerified" : "account.organization.activeUnverified", {
                name: m.organization.name,
              })}{" "}
              <span className="badge">{t(`account.organization.memberRole.${m.role}`)}</span>
            </p>
          )}
          {m?.status === "ACTIVE" && (
            <p className="no-print"><Link href="/account/organization">{to("profile.manageMembers")}</Link></p>
          )}
          {m?.status === "ACTIVE" && m.role === "OWNER" && (
            <JoinRequests
              requests={data.organizationJoinRequests.map((r) => ({
                id: r.id,
                name: r.user?.name ?? "?",
                email: r.user?.email ?? "",
                createdAt: r.createdAt,
              }))}
            />
          )}
        </section>
      )}
    </>
  );
}
