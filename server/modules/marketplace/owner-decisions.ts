import type { EntityManager } from "typeorm";
import type { EquipmentNotice } from "../../../entities/marketplace";
import type { Context } from "../../context";
import { conflict, forbidden } from "../../errors";
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
