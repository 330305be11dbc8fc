import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../../gql";
import { gql } from "../../../lib/graphql-server";
import styles from "../../marketplace.module.css";
import { PhotoGallery } from "../../media/photo-gallery";
import { MarketplacePhotoManager } from "../../media/photo-manager";
import { plainManagedPhotos, plainPhotos } from "../../media/plain";
import { formatPrice } from "../../price";
import { BackLink } from "../../../components/back-link";
import { objectTitle } from "../../../lib/page-title";
import { DetailRow } from "../../../components/detail-row";

const ProductQuery = graphql(`
  query MarketplaceProduct($id: ID!) {
    product(id: $id) {
      ...ProductFields
      organization { name slug viewerIsMember }
      photos { id url thumbUrl alt width height }
    }
  }
`);

type Params = { params: Promise<{ id: string }> };

export const generateMetadata = objectTitle(async ({ id }: { id: string }) => ({ title: (await gql(ProductQuery, { id })).product?.name }));

/** A catalogue entry: photos, price, area, the organisation; its members manage the photos here. */
export default async function ProductPage({ params }: Params) {
  const { id } = await params;
  const [t, tm, format, { product: p }] = await Promise.all([getTranslations("marketplace"), getTranslations("media.product"), getFormatter(), gql(ProductQuery, { id })]);
  if (!p) notFound();
  return (
    <article className="stack">
      <BackLink href="/marketplace?tab=products">{tm("back")}</BackLink>
      <div className={styles.meta}>
        <span className="badge">{p.category}</span>
        {p.socialClauseSuitable && <span className="badge badge-success">{t("products.socialClause")}</span>}
      </div>
      <h1>{p.name}</h1>
      <PhotoGallery photos={plainPhotos(p.photos)} title={p.name} />
      {p.description && <p style={{ whiteSpace: "pre-line" }}>{p.description}</p>}
      <h2>{tm("details")}</h2>
      <dl className={styles.details}>
        <dt>{tm("price")}</dt>
        <dd>{formatPrice(t, format, p.priceFrom, p.priceTo, p.unit)}</dd>
        <dt>{tm("category")}</dt>
        <dd>{p.category}</dd>
        {p.areaServed && <DetailRow term={tm("areaServed")}>{p.areaServed}</DetailRow>}
        <dt>{tm("organization")}</dt>
        <dd>
          <Link href={`/organizations/${p.organization.slug}`}>{p.organization.name}</Link>
        </dd>
      </dl>
      {p.organization.viewerIsMember && (
        <div className="no-print">
          <MarketplacePhotoManager uploadUrl={`/marketplace/products/${p.id}/photos`} photos={plainManagedPhotos(p.photos)} />
        </div>
      )}
    </article>
  );
}
