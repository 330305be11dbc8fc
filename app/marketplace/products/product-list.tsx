import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MarketplaceProductsQuery } from "../../gql/graphql";
import styles from "../marketplace.module.css";
import media from "../media/media.module.css";
import { formatPrice } from "../price";

type ProductItem = MarketplaceProductsQuery["products"]["edges"][number]["node"];

/** The products tab of /marketplace: one card a product or service, with its price and who offers it. */
export async function ProductList({ products }: { products: ProductItem[] }) {
  const [t, format] = await Promise.all([getTranslations("marketplace"), getFormatter()]);
  return (
    <ul className="grid" role="list">
      {products.map((p) => (
        <li key={p.id} className={`card ${styles.item}`}>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {p.coverPhoto && <img className={media.cover} src={p.coverPhoto.thumbUrl} alt="" width={480} height={360} loading="lazy" />}
          <div className={styles.meta}>
            <span className="badge">{p.category}</span>
            {p.socialClauseSuitable && <span className="badge badge-success">{t("products.socialClause")}</span>}
          </div>
          <h3>
            <Link href={`/marketplace/products/${p.id}`}>{p.name}</Link>
          </h3>
          <p>
            <strong>{formatPrice(t, format, p.priceFrom, p.priceTo, p.unit)}</strong>
          </p>
          {p.description && <p>{p.description}</p>}
          <p className="muted">
            <Link href={`/organizations/${p.organization.slug}`}>{p.organization.name}</Link>
            {p.areaServed ? ` · ${t("products.areaServed", { area: p.areaServed })}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
