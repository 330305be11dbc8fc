import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MarketplaceDemandsQuery } from "../../gql/graphql";
import { getDateFormatter } from "../../lib/dates-server";
import styles from "../marketplace.module.css";
import { DemandBadges } from "./demand-badges";

type DemandItem = MarketplaceDemandsQuery["demands"]["edges"][number]["node"];

/** The demands tab of /marketplace: one card a demand, its deadline and budget. */
export async function DemandList({ demands }: { demands: DemandItem[] }) {
  const [t, format, fmtDate] = await Promise.all([getTranslations("marketplace"), getFormatter(), getDateFormatter()]);
  return (
    <ul className="stack" role="list">
      {demands.map((d) => (
        <li key={d.id} className={`card ${styles.item}`}>
          <DemandBadges demand={d} />
          <h3>
            <Link href={`/marketplace/demands/${d.id}`}>{d.title}</Link>
          </h3>
          <p className="muted">
            {t("demand.deadline")}: {fmtDate(d.deadline, "dateTime")}
            {d.budget != null && ` · ${t("demand.budget")}: ${format.number(d.budget, { style: "currency", currency: "PLN" })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
