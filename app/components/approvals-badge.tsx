import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";

const PendingApprovalCountQuery = graphql(`query PendingApprovalCount { pendingApprovalCount }`);

/** For admins: how many officials, organisations and join requests wait for a decision. */
export async function ApprovalsBadge() {
  const user = await currentUser();
  if (user?.role !== "ADMIN") return null;
  const [{ pendingApprovalCount: n }, t] = await Promise.all([gql(PendingApprovalCountQuery), getTranslations("privacy.approvalsBadge")]);
  if (n === 0) return null;
  return (
    // The whole name is visible text (no aria-label), so speech input can say what is shown.
    <Link href="/admin/approvals">
      {t("short")} <span className="badge">{n}</span>
      <span className="visually-hidden"> {t("waiting", { count: n })}</span>
    </Link>
  );
}
