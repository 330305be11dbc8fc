import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { PhotoManager } from "../../photo-manager";
import { PremisesForm, type PremisesFormValues } from "../../premises-form";
import { refusedPage } from "../../../access";
import { BackLink } from "../../../../components/back-link";
import { pageTitle } from "../../../../lib/page-title";

const EditQuery = graphql(`
  query AdminEditPremises($id: ID!) {
    premises(id: $id) {
      id
      code
      address
      district
      areaM2
      monthlyRent
      status
      stepFree
      preferentialRent
      description
      latitude
      longitude
      floor
      condition
      conditionNote
      utilities
      utilitiesNote
      permittedUse
      availableFrom
      administrator
      contactName
      contactPhone
      contactEmail
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
  const [t, data] = await Promise.all([getTranslations("premises.admin"), gql(EditQuery, { id })]);
  const p = data.premises;
  if (!p) notFound();
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  const initial: PremisesFormValues = {
    code: s(p.code),
    address: p.address,
    district: p.district,
    areaM2: s(p.areaM2),
    monthlyRent: s(p.monthlyRent),
    status: p.status,
    stepFree: p.stepFree,
    preferentialRent: p.preferentialRent,
    description: s(p.description),
    latitude: s(p.latitude),
    longitude: s(p.longitude),
    floor: s(p.floor),
    condition: p.condition ?? "",
    conditionNote: s(p.conditionNote),
    utilities: p.utilities,
    utilitiesNote: s(p.utilitiesNote),
    permittedUse: s(p.permittedUse),
    availableFrom: s(p.availableFrom),
    administrator: s(p.administrator),
    contactName: s(p.contactName),
    contactPhone: s(p.contactPhone),
    contactEmail: s(p.contactEmail),
  };
  return (
    <>
      <BackLink href="/admin/premises">← {t("title")}</BackLink>
      <h1>{t("editTitle")}</h1>
      <p className="muted">{p.address}</p>
      <PremisesForm id={p.id} initial={initial} />
      {/* GraphQL results have null prototypes; client components need plain objects. */}
      <PhotoManager premisesId={p.id} photos={p.photos.map((ph) => ({ id: ph.id, thumbUrl: ph.thumbUrl, alt: ph.alt ?? null }))} />
    </>
  );
}
