import { IsNull } from "typeorm";
import { Notification, NotificationDelivery, NotificationKind, NotificationPreference } from "../../../entities/notifications";
import { requireUser } from "../../auth/require-user";
import { badInput } from "../../errors";
import type { Context } from "../../context";
import { keysetPage, type Page } from "../pagination";
import type { MarkNotificationsReadInput, NotificationPreferenceInput } from "./notifications.inputs";
import { readDigestUnsubscribeToken, readNotificationUnsubscribeToken } from "./notifications.tokens";
import type { NotificationPreferenceView } from "./notifications.types";

/** The signed-in person's notifications, newest first. */
export async function myNotifications(ctx: Context, first: number, after: string | null): Promise<Page<Notification>> {
  const user = requireUser(ctx);
  const qb = ctx.db.getRepository(Notification).createQueryBuilder("n").where("n.user_id = :uid", { uid: user.id });
  return keysetPage(qb, { alias: "n", sortSql: "n.created_at", sortType: "timestamptz", desc: true, first, after, scope: "notifications" });
}

export async function unreadNotificationCount(ctx: Context): Promise<number> {
  const user = requireUser(ctx);
  return ctx.db.getRepository(Notification).countBy({ userId: user.id, readAt: IsNull() });
}

/**
 * Marks the given notifications (or, without ids, all) of the signed-in person read;
 * another person's ids are simply not theirs and change nothing. Returns the unread count left.
 */
export async function markNotificationsRead(ctx: Context, input: MarkNotificationsReadInput): Promise<number> {
  const user = requireUser(ctx);
  const qb = ctx.db
    .createQueryBuilder()
    .update(Notification)
    .set({ readAt: () => "now()" })
    .where("user_id = :uid AND read_at IS NULL", { uid: user.id });
  if (input.ids) {
    if (!input.ids.length) return unreadNotificationCount(ctx);
    qb.andWhere("id IN (:...ids)", { ids: input.ids });
  }
  await qb.execute();
  return unreadNotificationCount(ctx);
}

/** Every kind with the person's delivery (IMMEDIATE where none was chosen). */
export async function myNotificationPreferences(ctx: Context): Promise<NotificationPreferenceView[]> {
  const user = requireUser(ctx);
  const rows = await ctx.db.getRepository(NotificationPreference).findBy({ userId: user.id });
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return Object.values(NotificationKind).map((kind) => ({ kind, delivery: chosen.get(kind) ?? NotificationDelivery.IMMEDIATE }));
}

/**
 * Sets one kind's delivery for the person (an upsert); also what one-click unsubscribe does
 * with NEVER — which also drops what a digest still owed of that kind. (Owed notifications
 * of a kind switched to IMMEDIATE go with the next daily digest: notifications.jobs.ts.)
 */
export async function savePreference(db: Context["db"], userId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<void> {
  await db.transaction(async (em) => {
    await em
      .createQueryBuilder()
      .insert()
      .into(NotificationPreference)
      .values({ userId, kind, delivery })
      .orUpdate(["delivery"], ["user_id", "kind"])
      .execute();
    if (delivery === NotificationDelivery.NEVER) {
      await em.query(`UPDATE notifications SET mailed_at = now() WHERE user_id = $1 AND kind = $2 AND mailed_at IS NULL`, [userId, kind]);
    }
  });
}

export async function setNotificationPreference(ctx: Context, input: NotificationPreferenceInput): Promise<NotificationPreferenceView[]> {
  const user = requireUser(ctx);
  await savePreference(ctx.db, user.id, input.kind, input.delivery);
  return myNotificationPreferences(ctx);
}

/**
 * One-click unsubscribe by the signed link of a notification e-mail (no sign-in): that
 * person's kind becomes NEVER — or, from a digest's link, every kind that digest carries.
 * Again is fine; a forged or garbled token changes nothing.
 */
export async function unsubscribeByToken(db: Context["db"], token: string): Promise<boolean> {
  const target = readNotificationUnsubscribeToken(token);
  const digest = target ? null : readDigestUnsubscribeToken(token);
  const userId = target?.userId ?? digest?.userId;
  if (!userId) throw badInput({ token: "Invalid link" });
  const exists = await db.query(`SELECT 1 FROM users WHERE id = $1 AND deleted_at IS NULL`, [userId]);
  if (!exists.length) throw badInput({ token: "Invalid link" });
  if (target) {
    await savePreference(db, userId, target.kind, NotificationDelivery.NEVER);
  } else if (digest) {
    const kinds: { kind: NotificationKind }[] = await db.query(`SELECT kind FROM notification_preferences WHERE user_id = $1 AND delivery = $2`, [userId, digest.period]);
    for (const { kind } of kinds) await savePreference(db, userId, kind, NotificationDelivery.NEVER);
  }
  return true;
}
