import { Role } from "../../../entities/users";
import type { Context } from "../../context";
import { activeOrganizationId } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import { isStaff } from "../../auth/roles";
import type { WaitingCounts } from "./activity.types";

/**
 * Everything that waits for the signed-in person, counted in one statement (it runs on
 * every page through the header badge). Owners of notices: requests on them (the rule
 * of `ownsNotice`: the organisation's notices, else the private ones) and extensions asked
 * for on their approved loans. Officials: their
 * premises' unanswered enquiries and their demands past the deadline; admins: all of
 * those, plus approvals.
 */
export async function waitingForMe(ctx: Context): Promise<WaitingCounts> {
  const user = requireUser(ctx);
  const org = await activeOrganizationId(ctx);
  const admin = user.role === Role.ADMIN;
  const staff = isStaff(user);
  const owns = `(n.owner_organization_id = $2::uuid OR (n.owner_organization_id IS NULL AND n.owner_user_id = $1))`;
  const [row] = await ctx.db.query(
    `SELECT
       (SELECT count(*) FROM bookings b JOIN equipment_notices n ON n.id = b.notice_id
          WHERE b.status = 'REQUESTED' AND ${owns})::int AS "bookingRequests",
       (SELECT count(*) FROM item_requests r JOIN equipment_notices n ON n.id = r.notice_id
          WHERE r.status = 'REQUESTED' AND ${owns})::int AS "itemRequests",
       (SELECT count(*) FROM bookings b JOIN equipment_notices n ON n.id = b.notice_id
          WHERE b.status = 'APPROVED' AND b.extension_to IS NOT NULL AND ${owns})::int AS "extensionRequests",
       (CASE WHEN $3 THEN (SELECT count(*) FROM premises_enquiries e JOIN premises p ON p.id = e.premises_id
          WHERE e.status = 'NEW' AND ($4 OR p.owner_id = $1)) ELSE 0 END)::int AS enquiries,
       (CASE WHEN $4 THEN (SELECT count(*) FROM users WHERE approval_status = 'PENDING')
          + (SELECT count(*) FROM organizations WHERE NOT verified)
          + (SELECT count(*) FROM organization_memberships WHERE status = 'PENDING') ELSE 0 END)::int AS approvals,
       (CASE WHEN $3 THEN (SELECT count(*) FROM demands d
          WHERE d.status = 'OPEN' AND d.deadline <= now() AND ($4 OR d.created_by_id = $1)) ELSE 0 END)::int AS "demandsToDecide"`,
    [user.id, org, staff, admin],
  );
  const counts = row as Omit<WaitingCounts, "total">;
  return { ...counts, total: counts.bookingRequests + counts.itemRequests + counts.extensionRequests + counts.enquiries + counts.approvals + counts.demandsToDecide };
}
