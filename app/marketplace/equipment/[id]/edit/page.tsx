import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { MarketplacePhotoManager } from "../../../media/photo-manager";
import { plainManagedPhotos } from "../../../media/plain";
import { NoticeForm } from "../../notice-form";
import { warsawToday } from "../../../../lib/dates";
import { formTexts } from "../../../../lib/form-values";
import { FormPage } from "../../../../components/form-page";
import { pageTitle } from "../../../../lib/page-title";

const EditNoticeQuery = graphql(`
  query MarketplaceNoticeEdit($id: ID!) {
    equipmentNotice(id: $id) {
      id kind title description category condition conditionNote district expiresAt viewerIsOwner estimatedValue deposit pickupPlace pickupHours loanNotes
      photos { id thumbUrl alt }
    }
  }
`);

type Params = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("marketplace", "noticeForm.editTitle");

export default async function EditNoticePage({ params }: Params) {
  const { id } = await params;
  const [t, { equipmentNotice: n }] = await Promise.all([getTranslations("marketplace"), gql(EditNoticeQuery, { id })]);
  if (!n) notFound();
  return (
    <FormPage
      backHref={`/marketplace/equipment/${n.id}`}
      backLabel={n.title}
      title={t("noticeForm.editTitle")}
      allowed={n.viewerIsOwner}
      refusal={t("noticeForm.notOwner")}
    >
      <NoticeForm
        noticeId={n.id}
        initial={{
          kind: n.kind,
          title: n.title,
          ...formTexts(n, ["description", "category", "condition", "conditionNote", "district", "estimatedValue", "deposit", "pickupPlace", "pickupHours", "loanNotes"]),
          expiresAt: n.expiresAt ? warsawToday(new Date(n.expiresAt)) : "",
        }}
      />
      <MarketplacePhotoManager uploadUrl={`/marketplace/equipment/${n.id}/photos`} photos={plainManagedPhotos(n.photos)} />
    </FormPage>
  );
}
