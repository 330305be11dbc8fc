import Link from "next/link";
import { BackLink } from "../../../components/back-link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { PartnersManager } from "./partners-manager";
import { refusedPage } from "../../access";
import { pageTitle } from "../../../lib/page-title";

const AdminPartnersQuery = graphql(`
  query AdminProgrammePartners {
    programmePartners { id name url description logoUrl }
  }
`);

export const generateMetadata = pageTitle("programme", "admin.partners.title");

export default async function AdminPartnersPage() {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const [{ programmePartners }, t] = await Promise.all([gql(AdminPartnersQuery), getTranslations("programme.admin")]);
  return (
    <div className="stack">
      <BackLink href="/admin/news/programme">{t("back")}</BackLink>
      <p className="no-print">
        <Link href="/programme#partners">/programme#partners</Link>
      </p>
      <h1>{t("partners.title")}</h1>
      <p className="muted">{t("partners.lead")}</p>
      <PartnersManager
        // Plain objects: in-process GraphQL results have null prototypes, which client components refuse.
        partners={programmePartners.map((p) => ({ id: p.id, name: p.name, url: p.url, description: p.description ?? null, logoUrl: p.logoUrl ?? null }))}
      />
    </div>
  );
}
