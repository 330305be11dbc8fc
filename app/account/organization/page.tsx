import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql, GraphQLRequestError } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { MembersManager, type MemberRoleName } from "./members-manager";
import { BackLink } from "../../components/back-link";
import { pageTitle } from "../../lib/page-title";
import { redirectToSignIn } from "../../lib/sign-in";

const MembershipQuery = graphql(`
  query AccountOrganizationMembership {
    me {
      id
      role
      membership { id status role organization { id name slug } }
    }
  }
`);

const MembersQuery = graphql(`
  query AccountOrganizationMembers($id: ID!) {
    organizationById(id: $id) { id name slug }
    organizationMembers(organizationId: $id) {
      id
      role
      title
      user { id name email }
    }
  }
`);

export const generateMetadata = pageTitle("organizations", "members.title");

type Props = { searchParams: Promise<{ id?: string | string[] }> };

/**
 * The organisation's own page for its members (the welcome e-mail of PES accounts links
 * here). Without an active membership the organisation part of /account takes over.
 * `?id=` names the organisation: admins manage any organisation's members from its profile.
 */
export default async function AccountOrganizationPage({ searchParams }: Props) {
  const { id: param } = await searchParams;
  if (!(await currentUser())) redirectToSignIn("/account/organization");
  const { me } = await gql(MembershipQuery);
  if (!me) redirectToSignIn("/account/organization");
  const m = me.membership?.status === "ACTIVE" ? me.membership : null;
  const orgId = typeof param === "string" && param ? param : m?.organization.id;
  if (!orgId) redirect("/account#organization");

  let data;
  try {
    data = await gql(MembersQuery, { id: orgId });
  } catch (e) {
    // Another organisation's list is not the viewer's business; don't confirm it exists.
    if (e instanceof GraphQLRequestError && (e.code === "FORBIDDEN" || e.code === "NOT_FOUND")) notFound();
    throw e;
  }
  const org = data.organizationById;
  if (!org) notFound();
  const canManage = me.role === "ADMIN" || (m?.organization.id === org.id && m.role === "OWNER");
  const t = await getTranslations("organizations");

  return (
    <div className="stack">
      <BackLink href="/account">{t("members.back")}</BackLink>
      <h1>{t("members.title")}</h1>
      <p>
        <strong>{org.name}</strong> — <Link href={`/organizations/${org.slug}`}>{t("members.profileLink")}</Link>
      </p>
      <p className="muted">{t("members.intro")}</p>
      <MembersManager
        viewerId={me.id}
        canManage={canManage}
        members={data.organizationMembers.map((x) => ({
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
