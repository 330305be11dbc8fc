import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { PhotoManager } from "../../photo-manager";
import { PremisesForm, type PremisesFormValues } from "../../premises-form";
import { refusedPage } from "../../../access";
import { BackLink } from "../../../../components/back-link";
import { pageTitle } from "../../../../lib/page-title";
import { decimalText, formTexts } from "../../../../lib/form-values";

const EditQuery = graphql(`
  query AdminEditPremises($id: ID!) {
    premises(id: $id) {
      ...PremisesFields
      photos {
        id
        thumbUrl
        alt
      }
    }
  }
`);

export const generateMetadata = pageTitle("premises", "admin.editTitle");

export default async function EditPremisesPage({ params }: { params: Promise<{ id: string }> }) {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const { id } = await params;
  const [t, locale, data] = await Promise.all([getTranslations("premises.admin"), getLocale(), gql(EditQuery, { id })]);
  const p = data.premises;
  if (!p) notFound();
  const initial: PremisesFormValues = {
    address: p.address,
    district: p.district,
    status: p.status,
    stepFree: p.stepFree,
    preferentialRent: p.preferentialRent,
    utilities: p.utilities,
    ...formTexts(p, ["code", "description", "floor", "condition", "conditionNote"]),
    ...formTexts(p, ["utilitiesNote", "permittedUse", "availableFrom", "administrator", "contactName", "contactPhone", "contactEmail"]),
    // As the fields' hints write them ("Można użyć przecinka, np. 45,5"; "Np. 53,0102").
    areaM2: decimalText(p.areaM2, locale),
    monthlyRent: decimalText(p.monthlyRent, locale),
    latitude: decimalText(p.latitude, locale),
    longitude: decimalText(p.longitude, locale),
  };
  return (
    <>
      <BackLink href="/admin/premises">{t("title")}</BackLink>
      <h1>{t("editTitle")}</h1>
      <p className="muted">{p.address}</p>
      <PremisesForm id={p.id} initial={initial} />
      {/* GraphQL results have null prototypes; client components need plain objects. */}
      <PhotoManager premisesId={p.id} photos={p.photos.map((ph) => ({ id: ph.id, thumbUrl: ph.thumbUrl, alt: ph.alt ?? null }))} />
    </>
  );
}
