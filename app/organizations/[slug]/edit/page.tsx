import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../gql";
import { gql } from "../../../lib/graphql-server";
import { LogoUploader } from "./logo-uploader";
import { ProfileForm } from "./profile-form";
import { FormPage } from "../../../components/form-page";
import { pageTitle } from "../../../lib/page-title";
import { formTexts } from "../../../lib/form-values";

const EditQuery = graphql(`
  query OrganizationProfileEdit($slug: String!) {
    organization(slug: $slug) {
      ...OrganizationProfileFields
      externalLogoUrl hasUploadedLogo
    }
  }
`);

type Params = { params: Promise<{ slug: string }> };

export const generateMetadata = pageTitle("organizations", "edit.title");

export default async function EditOrganizationPage({ params }: Params) {
  const { slug } = await params;
  const [t, { organization: o }] = await Promise.all([getTranslations("organizations"), gql(EditQuery, { slug })]);
  if (!o) notFound();
  return (
    <FormPage
      backHref={`/organizations/${o.slug}`}
      backLabel={o.name}
      title={t("edit.title")}
      allowed={o.viewerIsMember}
      refusal={t("edit.notAllowed")}
    >
      <LogoUploader organizationId={o.id} name={o.name} logoUrl={o.logoUrl ?? null} uploaded={o.hasUploadedLogo} />
      <ProfileForm
        id={o.id}
        initial={{
          name: o.name,
          legalForm: o.legalForm,
          ...formTexts(o, ["krs", "nip", "address", "district", "description", "email", "phone", "website"]),
          logoUrl: o.externalLogoUrl ?? "",
          activities: o.activities.join(", "),
        }}
      />
    </FormPage>
  );
}
