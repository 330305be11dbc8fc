import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MarketplaceNoticesQuery } from "../../gql/graphql";
import styles from "../marketplace.module.css";
import media from "../media/media.module.css";

type NoticeItem = MarketplaceNoticesQuery["equipmentNotices"]["edges"][number]["node"];

/** The equipment tab of /marketplace: one card a notice, with its kind, status and who posted it. */
export async function NoticeList({ notices }: { notices: NoticeItem[] }) {
  const t = await getTranslations("marketplace");
  return (
    <ul className="grid" role="list">
      {notices.map((n) => (
        <li key={n.id} className={`card ${styles.item}`}>
          {/* Decorative beside the linked title; the detail page describes each photo. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {n.coverPhoto && <img className={media.cover} src={n.coverPhoto.thumbUrl} alt="" width={480} height={360} loading="lazy" />}
          <div className={styles.meta}>
            <span className="badge">{t(`kinds.${n.kind}`)}</span>
            {n.status !== "AVAILABLE" && <span className="badge badge-warning">{t(`statuses.${n.status as "AVAILABLE"}`)}</span>}
            {n.district && <span className="muted">{n.district}</span>}
          </div>
          <h3>
            <Link href={`/marketplace/equipment/${n.id}`}>{n.title}</Link>
          </h3>
          {n.category && (
            <p className="muted">
              {n.category}
              {n.condition ? ` · ${t(`itemConditions.${n.condition}`)}` : ""}
            </p>
          )}
          <p className="muted">{n.organization ? n.organization.name : t("notice.private")}</p>
        </li>
      ))}
    </ul>
  );
}
