import type { EntityManager } from "typeorm";
import type { EquipmentNotice } from "../../../entities/marketplace";
import type { Context } from "../../context";
import { conflict, forbidden } from "../../errors";
import { requireUser } from "../../auth/require-user";
import { ownsNotice } from "./marketplace.policy";

/** Something asked of a notice's owner (a booking, an item request), decided while it is REQUESTED. */
interface AskedOfOwner {
  status: string;
  decidedAt: Date | null;
}

/**
 * The owner's decision on `asked` (taken under the caller's locks) may go ahead: FORBIDDEN
 * with `refusal` for anyone but the notice's owner, CONFLICT once it is no longer REQUESTED.
 */
export async function checkOwnerDecision(ctx: Context, notice: EquipmentNotice, asked: AskedOfOwner, what: string, refusal: string): Promise<void> {
  if (!(await ownsNotice(ctx, notice))) throw forbidden(refusal);
  if (asked.status !== "REQUESTED") throw conflict(`This ${what} is ${asked.status.toLowerCase()}`);
}

/** Records a decision on `asked`: its new status, decided now. */
export async function saveDecision<T extends AskedOfOwner>(em: EntityManager, asked: T, status: T["status"]): Promise<void> {
  asked.status = status;
  asked.decidedAt = new Date();
  await em.save(asked);
}

/**
 * The notice's owner decides on what `lock` locks, in one transaction: checked as
 * `checkOwnerDecision` says, saved with `status`, then `tell` (its message, sent only if the decision commits).
 */
export function decideAsOwner<T extends AskedOfOwner>(
  ctx: Context,
  lock: (em: EntityManager) => Promise<{ asked: T; notice: EquipmentNotice }>,
  decision: {
    what: string;
    refusal: string;
    status: T["status"];
    tell: (em: EntityManager, asked: T, notice: EquipmentNotice) => Promise<void>;
  },
): Promise<T> {
  requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const { asked, notice } = await lock(em);
    await checkOwnerDecision(ctx, notice, asked, decision.what, decision.refusal);
    await saveDecision(em, asked, decision.status);
    await decision.tell(em, asked, notice);
    return asked;
  });
}
