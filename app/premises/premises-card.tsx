import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import styles from "./premises.module.css";

/** "parter", "suterena" or "piętro N". */
export function floorLabel(t: (key: "fields.groundFloor" | "fields.basement" | "fields.floorValue", v?: { floor: number }) => string, floor: number): string {
  if (floor === 0) return t("fields.groundFloor");
  if (floor < 0) return t("fields.basement");
  return t("fields.floorValue", { floor });
}

export const STATUS_BADGE: Record<string, string> = {
  AVAILABLE: "badge badge-success",
  RESERVED: "badge badge-warning",
  RENTED: "badge",
  WITHDRAWN: "badge badge-danger",
};

/** One search result: what a PES compares first (area, rent, rent per m², where, status). */
export async function PremisesCard({ p }: { p: CardNode }) {
  const [t, format] = await Promise.all([getTranslations("premises"), getFormatter()]);
  const money = (n: number, digits = 0) =>
    format.number(n, { style: "currency", currency: "PLN", minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (
    <article className={`card ${styles.card}`} aria-labelledby={`card-${p.id}`}>
      {p.photos?.[0] && (
        // eslint-disable-next-line @next/next/no-img-element
        <img className={styles.cardPhoto} src={p.photos[0].thumbUrl} alt={p.photos[0].alt ?? ""} width={480} height={360} loading="lazy" />
      )}
      <h3 id={`card-${p.id}`} className={styles.cardTitle}>
        <Link href={`/premises/${p.id}`}>{p.address}</Link>
      </h3>
      <p className="muted">{p.district}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{t("fields.area")}</dt>
          <dd>{format.number(p.areaM2, { maximumFractionDigits: 2 })} m²</dd>
        </div>
        <div>
          <dt>{t("fields.rent")}</dt>
          <dd>{money(p.monthlyRent, 2)}</dd>
        </div>
        <div>
          <dt>{t("fields.rentPerM2")}</dt>
          <dd>{money(p.rentPerM2, 2)}</dd>
        </div>
      </dl>
      <p className={styles.badges}>
        <span className={STATUS_BADGE[p.status] ?? "badge"}>{t(`status.${p.status as "AVAILABLE"}`)}</span>
        {p.stepFree && <span className="badge">{t("fields.stepFree")}</span>}
        {p.preferentialRent && <span className="badge badge-success">{t("fields.preferentialRent")}</span>}
        {p.floor != null && <span className="badge">{floorLabel(t, p.floor)}</span>}
      </p>
    </article>
  );
}

export interface CardNode {
  id: string;
  address: string;
  district: string;
  areaM2: number;
  monthlyRent: number;
  rentPerM2: number;
  status: string;
  stepFree: boolean;
  preferentialRent: boolean;
  floor?: number | null;
  photos?: { thumbUrl: string; alt?: string | null }[];
}
