import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";

const WaitingQuery = graphql(`
  query AdminWaitingSummary {
    waitingForMe { enquiries approvals demandsToDecide bookingRequests itemRequests extensionRequests total }
  }
`);

/** The back office's first box: what waits for this official or admin, with links to it. */
export async function WaitingSummary({ admin }: { admin: boolean }) {
  const [t, { waitingForMe: w }] = await Promise.all([getTranslations("activity"), gql(WaitingQuery)]);
  const rows: { key: string; count: number; href: string; text: string }[] = [
    { key: "enquiries", count: w.enquiries, href: "/admin/premises/enquiries", text: t("waiting.enquiries", { count: w.enquiries }) },
    ...(admin ? [{ key: "approvals", count: w.approvals, href: "/admin/approvals", text: t("waiting.approvals", { count: w.approvals }) }] : []),
    { key: "demands", count: w.demandsToDecide, href: "/marketplace?tab=demands&mine=1", text: t("waiting.demands", { count: w.demandsToDecide }) },
  ];
  return (
    <section className="card stack" aria-labelledby="waiting-summary-heading" data-testid="admin-waiting">
      <h2 id="waiting-summary-heading" style={{ marginTop: 0, fontSize: "1.2rem" }}>
        {t("waiting.title")}
      </h2>
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }} className="stack">
        {rows.map((r) => (
          <li key={r.key} data-testid={`waiting-${r.key}`}>
            <span className={r.count ? "badge badge-warning" : "badge"}>{r.count}</span> <Link href={r.href}>{r.text}</Link>
          </li>
        ))}
      </ul>
      {w.bookingRequests + w.itemRequests + w.extensionRequests > 0 && (
        <p style={{ margin: 0 }}>
          <Link href="/account/activity">{t("ownerBadge", { count: w.bookingRequests + w.itemRequests + w.extensionRequests })}</Link>
        </p>
      )}
    </section>
  );
}
