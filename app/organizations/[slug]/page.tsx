import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { gql } from "../../lib/graphql-server";
import { formatPrice } from "../../marketplace/price";
import { DeleteProductButton } from "../../marketplace/products/delete-product-button";
import media from "../../marketplace/media/media.module.css";
import styles from "../organizations.module.css";
import { getDateFormatter } from "../../lib/dates-server";
import { Follow } from "../../components/follow/follow";
import { BackLink } from "../../components/back-link";
import { objectTitle } from "../../lib/page-title";
import { DetailRow } from "../../components/detail-row";
import { ListSection } from "../../components/list-section";
import { ProfileSaved } from "./profile-saved";

const ProfileQuery = graphql(`
  query OrganizationProfile($slug: String!) {
    organization(slug: $slug) {
      ...OrganizationProfileFields
      verified
      certifications { name validFrom validTo }
      products { ...ProductFields coverPhoto { thumbUrl } }
      equipmentNotices { id kind title district status }
      members { id name role title }
    }
  }
`);

type Params = { params: Promise<{ slug: string }> };

export const generateMetadata = objectTitle(async ({ slug }: { slug: string }) => {
  const { organization: o } = await gql(ProfileQuery, { slug });
  return { title: o?.name, description: o?.description };
});

export default async function OrganizationProfilePage({ params }: Params) {
  const { slug } = await params;
  const [t, tm, format, { organization: o }] = await Promise.all([
    getTranslations("organizations"),
    getTranslations("marketplace"),
    getFormatter(),
    gql(ProfileQuery, { slug }),
  ]);
  const fmtDate = await getDateFormatter();
  if (!o) notFound();
  const today = new Date().toISOString().slice(0, 10);
  const day = (iso: string) => fmtDate(iso, "date");

  return (
    <article className="stack">
      <BackLink href="/organizations">{t("profile.back")}</BackLink>
      <div className={styles.header}>
        {/* eslint-disable-next-line @next/next/no-img-element -- logos are small external files */}
        {o.logoUrl && <img src={o.logoUrl} alt="" className={styles.logo} />}
        <div>
          <div className={styles.meta}>
            <span className="badge">{t(`legalForms.${o.legalForm}`)}</span>
            <span className={o.verified ? "badge badge-success" : "badge"}>{o.verified ? t("verified") : t("unverified")}</span>
          </div>
          <h1>{o.name}</h1>
        </div>
      </div>
      <Follow kind="ORGANIZATION" value={o.id} label={o.name} />
      {o.viewerIsMember && <ProfileSaved />}
      {o.viewerIsMember && (
        <p className="no-print">
          <Link className="button button-secondary" href={`/organizations/${o.slug}/edit`}>
            {t("edit.title")}
          </Link>
        </p>
      )}
      {o.description && <p style={{ whiteSpace: "pre-line" }}>{o.description}</p>}

      <ListSection name="activities" heading={t("profile.activities")} count={o.activities.length}>
        <ul className={styles.tags}>
          {o.activities.map((a) => (
            <li key={a}>
              <Link className="badge tag" href={`/organizations?activity=${encodeURIComponent(a)}`}>{a}</Link>
            </li>
          ))}
        </ul>
      </ListSection>

      <ListSection name="cert" heading={t("profile.certifications")} count={o.certifications.length}>
        <ul>
          {o.certifications.map((c) => (
            <li key={`${c.name}-${c.validFrom}`}>
              <strong>{c.name}</strong> — {t("profile.validity", { from: day(c.validFrom), to: day(c.validTo) })}
              {c.validTo < today && <span className="badge badge-danger"> {t("profile.expired")}</span>}
            </li>
          ))}
        </ul>
      </ListSection>

      <ListSection
        name="members"
        heading={t("profile.members")}
        action={o.viewerIsMember && <Link href={`/account/organization?id=${o.id}`}>{t("profile.manageMembers")}</Link>}
        count={o.members.length}
        empty={t("profile.noMembers")}
      >
        <ul>
          {o.members.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong>
              {m.title ? ` — ${m.title}` : ""} <span className="badge">{t(`members.roles.${m.role}`)}</span>
            </li>
          ))}
        </ul>
      </ListSection>

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t("profile.contact")}</h2>
        <dl className={styles.details}>
          {o.address && <DetailRow term={t("profile.address")}>{o.address}{o.district ? ` (${o.district})` : ""}</DetailRow>}
          {o.email && <DetailRow term={t("profile.email")}><a href={`mailto:${o.email}`}>{o.email}</a></DetailRow>}
          {o.phone && <DetailRow term={t("profile.phone")}><a href={`tel:${o.phone.replace(/\s/g, "")}`}>{o.phone}</a></DetailRow>}
          {o.website && <DetailRow term={t("profile.website")}><a href={o.website} rel="noopener noreferrer">{o.website}</a></DetailRow>}
          {o.krs && <DetailRow term={t("profile.krs")}>{o.krs}</DetailRow>}
          {o.nip && <DetailRow term={t("profile.nip")}>{o.nip}</DetailRow>}
        </dl>
      </section>

      <ListSection
        name="products"
        heading={t("profile.products")}
        action={o.viewerIsMember && <Link href="/marketplace/products/new">{tm("productForm.add")}</Link>}
        count={o.products.length}
        empty={t("profile.noProducts")}
      >
        <ul className="grid" role="list">
          {o.products.map((p) => (
            <li key={p.id} className="card">
              {/* Decorative beside the linked name; the product's page describes each photo. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              {p.coverPhoto && <img className={media.cover} src={p.coverPhoto.thumbUrl} alt="" width={480} height={360} loading="lazy" />}
              <h3>
                <Link href={`/marketplace/products/${p.id}`}>{p.name}</Link>
              </h3>
              <p className={styles.meta}>
                <span className="badge">{p.category}</span>
                {p.socialClauseSuitable && <span className="badge badge-success">{tm("products.socialClause")}</span>}
              </p>
              <p><strong>{formatPrice(tm, format, p.priceFrom, p.priceTo, p.unit)}</strong></p>
              {p.description && <p>{p.description}</p>}
              {p.areaServed && <p className="muted">{tm("products.areaServed", { area: p.areaServed })}</p>}
              {o.viewerIsMember && <DeleteProductButton id={p.id} />}
            </li>
          ))}
        </ul>
      </ListSection>

      <ListSection name="notices" heading={t("profile.notices")} count={o.equipmentNotices.length} empty={t("profile.noNotices")}>
        <ul>
          {o.equipmentNotices.map((n) => (
            <li key={n.id}>
              <span className="badge">{tm(`kinds.${n.kind}`)}</span>{" "}
              <Link href={`/marketplace/equipment/${n.id}`}>{n.title}</Link>
              {n.district ? ` — ${n.district}` : ""}
            </li>
          ))}
        </ul>
      </ListSection>
    </article>
  );
}
