import { getTranslations } from "next-intl/server";
import type { ClauseType, DemandKind, DemandStatus } from "../../gql/graphql";
import styles from "../marketplace.module.css";

/** A demand's kind, whether it takes offers now (or why not), and its social clause: the list and the detail page alike. */
export async function DemandBadges({
  demand: d,
}: {
  demand: { kind: DemandKind; status: DemandStatus; acceptingOffers: boolean; socialClause: boolean; clauseType?: ClauseType | null };
}) {
  const t = await getTranslations("marketplace");
  return (
    <div className={styles.meta}>
      <span className="badge">{t(`demandKinds.${d.kind}`)}</span>
      {d.acceptingOffers ? (
        <span className="badge badge-success">{t("demand.accepting")}</span>
      ) : (
        <span className="badge">{d.status === "OPEN" ? t("demand.afterDeadline") : t(`demandStatuses.${d.status}`)}</span>
      )}
      {/* The precise clause where the page has it, else only whether there is one. */}
      {d.clauseType ? (
        d.clauseType !== "NONE" && <span className="badge badge-warning">{t(`clauseTypes.${d.clauseType}`)}</span>
      ) : (
        d.socialClause && <span className="badge badge-warning">{t("demand.socialClause")}</span>
      )}
    </div>
  );
}
