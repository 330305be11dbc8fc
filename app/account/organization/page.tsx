import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { MembersManager, type MemberRoleName } from "./members-manager";

const MembershipQuery = graphql(`
  query AccountOrganizationMembership {
    me {
      id
      membership { id status role organization { id name slug } }
    }
  }
`);

const MembersQuery = graphql(`
  query AccountOrganizationMembers($id: ID!) {
    organizationMembers(organizationId: $id) {
      id
      role
      title
      user { id name email }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations"))("members.title") };
}

/**
 * The organisation's own page for its members (the welcome e-mail of PES accounts links
 * here). Without an active membership the organisation part of /account takes over.
 */
export default async function AccountOrganizationPage() {
  if (!(await currentUser())) redirect("/signin?callbackUrl=%2Faccount%2Forganization");
  const { me } = await gql(MembershipQuery);
  const m = me?.membership;
  if (!me || !m || m.status !== "ACTIVE") redirect("/account#organization");
  const [t, { organizationMembers }] = await Promise.all([getTranslations("organizations"), gql(MembersQuery, { id: m.organization.id })]);

  return (
    <div className="stack">
      <p className="no-print">
        <Link href="/account">{t("members.back")}</Link>
      </p>
      <h1>{t("members.title")}</h1>
      <p>
        <strong>{m.organization.name}</strong> — <Link href={`/organizations/${m.organization.slug}`}>{t("members.profileLink")}</Link>
      </p>
      <p className="muted">{t("members.intro")}</p>
      <MembersManager
        viewerId={me.id}
        canManage={m.role === "OWNER"}
        members={organizationMembers.map((x) => ({
          id: x.id,
          userId: x.user?.id ?? "",
          name: x.user?.name ?? "?",
          email: x.user?.email ?? "",
          role: x.role as MemberRoleName,
          title: x.title ?? null,
        }))}
      />
    </div>
  );
}
