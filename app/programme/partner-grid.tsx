import { getTranslations } from "next-intl/server";
import styles from "./programme.module.css";

export interface PartnerCard {
  id: string;
  name: string;
  url: string;
  description?: string | null;
  logoUrl?: string | null;
  logoWidth?: number | null;
  logoHeight?: number | null;
}

/**
 * The programme's partners as a grid of logos, each a link to the partner's site. The
 * logo's alt text is the partner's name, so the link has a name for screen readers; a
 * partner without a logo shows its name instead.
 */
export async function PartnerGrid({ partners }: { partners: PartnerCard[] }) {
  const t = await getTranslations("programme.partners");
  if (!partners.length) return <p className="muted">{t("empty")}</p>;
  return (
    <ul className={styles.partners} aria-label={t("gridLabel")}>
      {partners.map((p) => (
        <li key={p.id} className={styles.partner}>
          <a href={p.url} rel="noopener noreferrer" className={styles.partnerLink}>
            {p.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- stored WebP, served as is with its size
              <img src={p.logoUrl} alt={p.name} width={p.logoWidth ?? undefined} height={p.logoHeight ?? undefined} className={styles.partnerLogo} loading="lazy" />
            ) : (
              <span className={styles.partnerName}>{p.name}</span>
            )}
          </a>
          {p.description && <p className={styles.partnerDescription}>{p.description}</p>}
        </li>
      ))}
    </ul>
  );
}
