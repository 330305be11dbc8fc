import type { Context } from "../context";
import { activeOrganizationId } from "./organizations/organizations.policy";

/**
 * The seal of bids against a deadline — offers on demands (marketplace) and applications
 * in letting rounds (premises) — written once, for both:
 * - the bidding organisation sees its own bid at any time;
 * - whoever manages the call (its official, an admin) sees all bids, and only after the
 *   deadline;
 * - nobody else ever sees a bid, and no count or sum of bids is shown before the deadline
 *   (a count of a sealed call's bids would tell rivals how many there are).
 */
export interface SealedCall {
  deadline: Date;
}

/** True once the call's deadline has passed (the deadline instant itself is past). */
export function deadlinePassed(call: SealedCall, now = new Date()): boolean {
  return call.deadline.getTime() <= now.getTime();
}

/**
 * The seal in SQL, for every query over bids that people other than the bidder may see
 * (lists, figures, exports, counts): only bids of calls whose deadline has passed.
 * `call` is the alias of the bid's call row (a demand, a letting round); the same rule as
 * {@link deadlinePassed}.
 */
export const unsealedSql = (call: string): string => `${call}.deadline <= now()`;

/** All bids open to the call's managers (`manages`, decided by the domain's policy) once the deadline has passed. */
export function canSeeAllBids(manages: boolean, call: SealedCall, now = new Date()): boolean {
  return manages && deadlinePassed(call, now);
}

/** One bid: its own organisation at any time; the call's managers after the deadline. */
export async function canSeeBid(ctx: Context, manages: boolean, call: SealedCall, bidOrganizationId: string, now = new Date()): Promise<boolean> {
  if (canSeeAllBids(manages, call, now)) return true;
  return (await activeOrganizationId(ctx)) === bidOrganizationId;
}
