import { NotificationKind } from "../../../entities/notifications";
import { sendNotificationDigests } from "../../../server/modules/notifications/notifications.jobs";
import { notify } from "../../../server/modules/notifications/notify";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 10 })));
afterAll(() => db.drop());

const texts = (n: number) => ({ pl: { subject: `Zdarzenie ${n}`, text: `Treść ${n}.` }, en: { subject: `Event ${n}`, text: `Text ${n}.` } });

/** A person who gets `kind` by `delivery`, with `count` owed notifications from before the period's end (8 days ago). */
async function personWithOwed(delivery: "DAILY" | "WEEKLY", count: number) {
  const u = await createUser(db.ds);
  ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: ENQUIRY_REPLY, delivery: ${delivery} }) { kind } }`, {}, u.id));
  for (let i = 0; i < count; i++) {
    await db.ds.transaction((em) => notify(em, { userId: u.id, kind: NotificationKind.ENQUIRY_REPLY, texts: texts(i), template: "test" }));
  }
  await db.ds.query(`UPDATE notifications SET created_at = created_at - interval '8 days' WHERE user_id = $1`, [u.id]);
  return u;
}
const digestsTo = (email: string): Promise<{ subject: string; text: string; template: string }[]> =>
  db.ds.query(`SELECT subject, text, template FROM mail_messages WHERE "to" = $1 AND template LIKE 'notifications.digest-%'`, [email.toLowerCase()]);

describe("notification digests", () => {
  it("two concurrent runs on two nodes send one digest per person and period, holding every owed notification", async () => {
    const daily = await personWithOwed("DAILY", 2);
    const weekly = await personWithOwed("WEEKLY", 1);
    const [a, b] = await Promise.all([sendNotificationDigests(db.ds), sendNotificationDigests(db.ds)]);
    expect(a + b).toBeGreaterThanOrEqual(2);
    const d = await digestsTo(daily.email);
    expect(d).toHaveLength(1);
    expect(d[0].template).toBe("notifications.digest-daily");
    expect(d[0].text).toContain("Treść 0.");
    expect(d[0].text).toContain("Treść 1.");
    expect((await digestsTo(weekly.email)).map((m) => m.template)).toEqual(["notifications.digest-weekly"]);
    const claims = await db.ds.query(`SELECT count(*)::int AS n FROM notification_digests WHERE user_id = $1`, [daily.id]);
    expect(claims[0].n).toBe(1);
    const owed = await db.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id IN ($1, $2) AND mailed_at IS NULL`, [daily.id, weekly.id]);
    expect(owed[0].n).toBe(0);
    // A later run in the same period sends nothing more.
    await sendNotificationDigests(db.ds);
    expect(await digestsTo(daily.email)).toHaveLength(1);
  });

  it("leaves notifications of the running period for its own digest", async () => {
    const u = await createUser(db.ds);
    ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: ENQUIRY_REPLY, delivery: WEEKLY }) { kind } }`, {}, u.id));
    await db.ds.transaction((em) => notify(em, { userId: u.id, kind: NotificationKind.ENQUIRY_REPLY, texts: texts(9), template: "test" }));
    await db.ds.query(`UPDATE notifications SET created_at = now() + interval '1 second' WHERE user_id = $1`, [u.id]);
    await sendNotificationDigests(db.ds);
    expect(await digestsTo(u.email)).toHaveLength(0);
  });
});

describe("changing one's mind", () => {
  it("a kind switched from a digest to 'immediately' still sends what was owed, with the next daily digest", async () => {
    const u = await personWithOwed("WEEKLY", 2);
    ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: ENQUIRY_REPLY, delivery: IMMEDIATE }) { kind } }`, {}, u.id));
    await sendNotificationDigests(db.ds);
    const sent = await digestsTo(u.email);
    expect(sent.map((m) => m.template)).toEqual(["notifications.digest-daily"]);
    expect(sent[0].text).toContain("Treść 1.");
  });

  it("a kind switched to 'never' owes nothing any more", async () => {
    const u = await personWithOwed("DAILY", 1);
    ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: ENQUIRY_REPLY, delivery: NEVER }) { kind } }`, {}, u.id));
    await sendNotificationDigests(db.ds);
    expect(await digestsTo(u.email)).toEqual([]);
    const owed = await db.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND mailed_at IS NULL`, [u.id]);
    expect(owed[0].n).toBe(0);
  });
});

describe("a digest's unsubscribe link", () => {
  it("carries one-click List-Unsubscribe headers, and the link stops that digest (every kind in it) and nothing else", async () => {
    const u = await personWithOwed("DAILY", 1);
    ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: BOOKING_REQUEST, delivery: DAILY }) { kind } }`, {}, u.id));
    ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: NEW_TRAINING, delivery: WEEKLY }) { kind } }`, {}, u.id));
    await sendNotificationDigests(db.ds);
    const [mail]: { headers: Record<string, string>; text: string }[] = await db.ds.query(
      `SELECT headers, text FROM mail_messages WHERE "to" = $1 AND template = 'notifications.digest-daily'`,
      [u.email.toLowerCase()],
    );
    expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = /^<(.+)>$/.exec(mail.headers["List-Unsubscribe"])![1];
    expect(mail.text).toContain(url);
    const token = new URL(url).searchParams.get("token")!;
    expect(ok(await gql(db.ds, `mutation($t: String!) { unsubscribeFromNotifications(token: $t) }`, { t: token })).unsubscribeFromNotifications).toBe(true);
    const prefs: { kind: string; delivery: string }[] = ok(await gql(db.ds, `{ notificationPreferences { kind delivery } }`, {}, u.id)).notificationPreferences;
    const of = (k: string) => prefs.find((p) => p.kind === k)?.delivery;
    expect([of("ENQUIRY_REPLY"), of("BOOKING_REQUEST"), of("NEW_TRAINING"), of("NEW_NOTICE")]).toEqual(["NEVER", "NEVER", "WEEKLY", "IMMEDIATE"]);
    // A token of another purpose, or garbled, changes nothing.
    expect(await gql(db.ds, `mutation($t: String!) { unsubscribeFromNotifications(token: $t) }`, { t: token.slice(0, -2) + "xx" })).toMatchObject({ errors: [expect.anything()] });
  });
});
