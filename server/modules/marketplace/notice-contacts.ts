import type { EntityManager } from "typeorm";
import type { EquipmentNotice } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import { User } from "../../../entities/users";

/**
 * Who hears about requests and bookings of a notice. A private notice: its poster. An
 * organisation's notice: the organisation's address and its poster while they are still
 * an active member; once the poster has left, the organisation's active owners instead —
 * a former member must not keep receiving the organisation's business.
 */
export async function noticeContacts(em: EntityManager, notice: EquipmentNotice): Promise<string[]> {
  if (!notice.ownerOrganizationId) {
    const poster = await em.getRepository(User).findOneBy({ id: notice.ownerUserId });
    return poster ? [poster.email] : [];
  }
  const org = await em.getRepository(Organization).findOneBy({ id: notice.ownerOrganizationId });
  const members: { email: string; poster: boolean }[] = await em.query(
    `SELECT u.email, m.user_id = $2 AS poster
       FROM organization_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.organization_id = $1 AND m.status = 'ACTIVE' AND (m.user_id = $2 OR m.role = 'OWNER')`,
    [notice.ownerOrganizationId, notice.ownerUserId],
  );
  const poster = members.find((m) => m.poster);
  const people = poster ? [poster.email] : members.map((m) => m.email);
  return [...new Set([org?.email, ...people].filter((e): e is string => !!e))];
}
