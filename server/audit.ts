import type { EntityManager } from "typeorm";
import { AuditEntry } from "../entities/system";

/** Records a back-office change in the caller's transaction. */
export async function audit(
  em: EntityManager,
  actorId: string | null,
  action: string,
  entityType: string,
  entityId: string | null,
  data?: Record<string, unknown>,
): Promise<void> {
  await em.insert(AuditEntry, { actorId, action, entityType, entityId, data: (data ?? null) as never });
}
