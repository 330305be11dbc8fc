import { NotificationKind } from "../../entities/notifications";
import { notificationUnsubscribeToken } from "../../server/modules/notifications/notifications.tokens";
import type { Actor, Fixtures, MatrixEntry } from "./matrix";

const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];

/** A notification of the matrix's resident (nobody else's to read or mark). */
async function residentsNotification(fx: Fixtures): Promise<string> {
  const [{ id }] = await fx.ds.query(
    `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'ENQUIRY_REPLY', 'Odpowiedź', 'Treść') RETURNING id`,
    [fx.resident.id],
  );
  return id;
}

/** The notification centre: each person reads and manages only their own list and preferences. */
export const NOTIFICATIONS_MATRIX: MatrixEntry[] = [
  {
    op: "Query.notifications",
    doc: `{ notifications(first: 5) { totalCount edges { node { id title } } } }`,
    vars: () => ({}),
    allow: SIGNED_IN,
    deniedData: (d) => d?.notifications,
  },
  { op: "Query.unreadNotificationCount", doc: `{ unreadNotificationCount }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.unreadNotificationCount != null },
  {
    op: "Mutation.markNotificationsRead",
    doc: `mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) }`,
    vars: async (fx) => ({ ids: [await residentsNotification(fx)] }),
    allow: SIGNED_IN,
    // Only the owner's call marks it; everyone else's leaves it unread.
    check: async (_r, fx, actor) => {
      const rows: { read: boolean; user_id: string }[] = await fx.ds.query(
        `SELECT read_at IS NOT NULL AS read, user_id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [fx.resident.id],
      );
      if (rows[0] && rows[0].read !== (actor === "resident")) throw new Error(`${actor} changed another person's notification`);
    },
  },
  { op: "Query.notificationPreferences", doc: `{ notificationPreferences { kind delivery } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.notificationPreferences },
  {
    op: "Mutation.setNotificationPreference",
    doc: `mutation { setNotificationPreference(input: { kind: ENQUIRY_REPLY, delivery: DAILY }) { kind delivery } }`,
    vars: () => ({}),
    allow: SIGNED_IN,
  },
  {
    op: "Mutation.unsubscribeFromNotifications",
    doc: `mutation($t: String!) { unsubscribeFromNotifications(token: $t) }`,
    // The signed link is the authority: whoever holds it, signed in or not.
    vars: (fx) => ({ t: notificationUnsubscribeToken(fx.resident.id, NotificationKind.BOOKING_REQUEST) }),
    allow: "everyone",
  },
  { op: "Query.myFollows", doc: `{ myFollows { kind value } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.myFollows },
  { op: "Mutation.follow", doc: `mutation { follow(kind: TRAINING_KIND, value: "MEETING") { kind value } }`, vars: () => ({}), allow: SIGNED_IN },
  { op: "Mutation.unfollow", doc: `mutation { unfollow(kind: TRAINING_KIND, value: "MEETING") { kind value } }`, vars: () => ({}), allow: SIGNED_IN },
];
