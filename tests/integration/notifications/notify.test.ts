import { NotificationDelivery, NotificationKind } from "../../../entities/notifications";
import type { EntityManager } from "typeorm";
import { notify, notifyEach } from "../../../server/modules/notifications/notify";
import { readNotificationUnsubscribeToken } from "../../../server/modules/notifications/notifications.tokens";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const texts = {
  pl: { subject: "Odpowiedź na zapytanie", text: "Urzędnik odpowiedział." },
  en: { subject: "Reply to your enquiry", text: "The official replied." },
};

async function send(userId: string, kind = NotificationKind.ENQUIRY_REPLY) {
  return db.ds.transaction((em) => notify(em, { userId, kind, texts, link: "/account/activity", template: "test.notify" }));
}

const mailsTo = (email: string): Promise<{ subject: string; text: string; headers: Record<string, string> }[]> =>
  db.ds.query(`SELECT subject, text, headers FROM mail_messages WHERE "to" = $1 ORDER BY created_at`, [email.toLowerCase()]);

describe("notify", () => {
  it("lists the event and e-mails it at once by default, in the person's language, with a one-click unsubscribe for its kind", async () => {
    const u = await createUser(db.ds, { locale: "en" });
    await send(u.id);
    const list = ok(await gql(db.ds, `{ notifications(first: 5) { totalCount edges { node { title body link readAt kind } } } unreadNotificationCount }`, {}, u.id));
    expect(list.notifications.totalCount).toBe(1);
    expect(list.notifications.edges[0].node).toMatchObject({ title: "Reply to your enquiry", kind: "ENQUIRY_REPLY", readAt: null, link: "/account/activity" });
    expect(list.unreadNotificationCount).toBe(1);
    const mails = await mailsTo(u.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Reply to your enquiry");
    expect(mails[0].text).toContain("The official replied.");
    expect(mails[0].headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = decodeURIComponent(/token=([^>]+)>/.exec(mails[0].headers["List-Unsubscribe"])![1]);
    expect(readNotificationUnsubscribeToken(token)).toEqual({ userId: u.id, kind: NotificationKind.ENQUIRY_REPLY });
  });

  it("stops e-mails of one kind by the link's one-click POST; a forged link changes nothing", async () => {
    const u = await createUser(db.ds);
    await send(u.id);
    const [mail] = await mailsTo(u.email);
    const token = decodeURIComponent(/token=([^>]+)>/.exec(mail.headers["List-Unsubscribe"])![1]);
    const UNSUB = `mutation($t: String!) { unsubscribeFromNotifications(token: $t) }`;
    expect(errorCode(await gql(db.ds, UNSUB, { t: token.slice(0, -2) + "xx" }))).toBe("BAD_USER_INPUT");
    expect(ok(await gql(db.ds, UNSUB, { t: token })).unsubscribeFromNotifications).toBe(true);
    const prefs = ok(await gql(db.ds, `{ notificationPreferences { kind delivery } }`, {}, u.id)).notificationPreferences;
    expect(prefs).toContainEqual({ kind: "ENQUIRY_REPLY", delivery: "NEVER" });
    expect(prefs).toContainEqual({ kind: "BOOKING_REQUEST", delivery: "IMMEDIATE" });
    await send(u.id);
    expect(await mailsTo(u.email)).toHaveLength(1);
  });

  it("leaves the e-mail for a digest (DAILY/WEEKLY) or drops it (NEVER), yet always lists the event", async () => {
    const u = await createUser(db.ds);
    for (const [kind, delivery] of [
      [NotificationKind.ENQUIRY_REPLY, NotificationDelivery.DAILY],
      [NotificationKind.BOOKING_REQUEST, NotificationDelivery.NEVER],
    ] as const) {
      ok(await gql(db.ds, `mutation($k: NotificationKind!, $d: NotificationDelivery!) { setNotificationPreference(input: { kind: $k, delivery: $d }) { kind } }`, { k: kind, d: delivery }, u.id));
      await send(u.id, kind);
    }
    expect(await mailsTo(u.email)).toHaveLength(0);
    const owed: { kind: string }[] = await db.ds.query(`SELECT kind FROM notifications WHERE user_id = $1 AND mailed_at IS NULL`, [u.id]);
    expect(owed.map((r) => r.kind)).toEqual(["ENQUIRY_REPLY"]);
    const prefs = ok(await gql(db.ds, `{ notificationPreferences { kind delivery } }`, {}, u.id)).notificationPreferences;
    expect(prefs).toEqual(
      expect.arrayContaining([
        { kind: "ENQUIRY_REPLY", delivery: "DAILY" },
        { kind: "BOOKING_REQUEST", delivery: "NEVER" },
        { kind: "SAVED_SEARCH_MATCH", delivery: "IMMEDIATE" },
      ]),
    );
  });

  it("marks only one's own notifications read, chosen ones or all", async () => {
    const me = await createUser(db.ds);
    const other = await createUser(db.ds);
    const a = await send(me.id);
    await send(me.id);
    const theirs = await send(other.id);
    const mark = (ids: string[] | null, as: string) => gql(db.ds, `mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) }`, { ids }, as);
    expect(ok(await mark([a!.id, theirs!.id], me.id)).markNotificationsRead).toBe(1);
    expect(ok(await gql(db.ds, `{ unreadNotificationCount }`, {}, other.id)).unreadNotificationCount).toBe(1);
    expect(ok(await mark(null, me.id)).markNotificationsRead).toBe(0);
    expect(ok(await gql(db.ds, `{ unreadNotificationCount }`, {}, other.id)).unreadNotificationCount).toBe(1);
  });

  it("gives each event its own row and e-mail, whatever order PostgreSQL returns the inserted rows in", async () => {
    // RETURNING's order is not promised: the real rows of the INSERT, handed back reversed.
    const reversingInserts = (em: EntityManager) =>
      new Proxy(em, {
        get(target, prop) {
          if (prop === "query") {
            return async (sql: string, params?: unknown[]) => {
              const result = await target.query(sql, params);
              return /^\s*INSERT INTO notifications/.test(sql) && Array.isArray(result) ? [...result].reverse() : result;
            };
          }
          const value = Reflect.get(target, prop, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    const people = [await createUser(db.ds), await createUser(db.ds), await createUser(db.ds)];
    const inputs = people.map((p, i) => ({
      userId: p.id,
      kind: NotificationKind.ENQUIRY_REPLY,
      texts: { pl: { subject: `Zdarzenie ${i}`, text: `Treść ${i}` }, en: { subject: `Event ${i}`, text: `Body ${i}` } },
      link: `/account/activity?event=${i}`,
      template: "test.notify",
    }));
    const made = await db.ds.transaction((em) => notifyEach(reversingInserts(em), inputs));
    expect(made.map((n) => [n?.userId, n?.title, n?.link])).toEqual(people.map((p, i) => [p.id, `Zdarzenie ${i}`, `/account/activity?event=${i}`]));
    for (const [i, p] of people.entries()) {
      const [mail] = await mailsTo(p.email);
      expect(mail.subject).toBe(`Zdarzenie ${i}`);
      expect(mail.text).toContain(`Treść ${i}`);
      expect(mail.text).toContain(`event=${i}`);
    }
  });

  it("pages newest first without repeating", async () => {
    const u = await createUser(db.ds);
    for (let i = 0; i < 3; i++) await send(u.id);
    const q = `query($after: String) { notifications(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`;
    const p1 = ok(await gql(db.ds, q, {}, u.id)).notifications;
    const p2 = ok(await gql(db.ds, q, { after: p1.pageInfo.endCursor }, u.id)).notifications;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p2.edges).toHaveLength(1);
    const ids = [...p1.edges, ...p2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(3);
  });
});
