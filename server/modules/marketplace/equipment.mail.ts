import type { EntityManager } from "typeorm";
import type { EquipmentNotice } from "../../../entities/marketplace";
import { FollowKind, NotificationKind } from "../../../entities/notifications";
import { notifyFollowersOfAny } from "../notifications/follows";

/**
 * A new notice, through the notification centre, to everyone who follows its category,
 * its district or the organisation that posted it — once each, never to its author.
 */
export async function notifyFollowersOfNotice(em: EntityManager, n: EquipmentNotice): Promise<void> {
  const where = (locale: "pl" | "en") =>
    [n.category && (locale === "pl" ? `kategoria: ${n.category}` : `category: ${n.category}`), n.district].filter(Boolean).join(", ");
  await notifyFollowersOfAny(
    em,
    [
      { kind: FollowKind.MARKETPLACE_CATEGORY, value: n.category },
      { kind: FollowKind.DISTRICT, value: n.district },
      { kind: FollowKind.ORGANIZATION, value: n.ownerOrganizationId },
    ],
    {
      kind: NotificationKind.NEW_NOTICE,
      texts: {
        pl: { subject: `Nowe ogłoszenie na giełdzie: ${n.title}`, text: `Nowe ogłoszenie na giełdzie: „${n.title}”${where("pl") ? ` (${where("pl")})` : ""}.` },
        en: { subject: `New marketplace notice: ${n.title}`, text: `A new marketplace notice: "${n.title}"${where("en") ? ` (${where("en")})` : ""}.` },
      },
      link: `/marketplace/equipment/${n.id}`,
      template: "marketplace.notice-followed",
      dedupeKey: `notice-new:${n.id}`,
    },
    n.ownerUserId,
  );
}
