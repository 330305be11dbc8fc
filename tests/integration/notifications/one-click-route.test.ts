import { NotificationKind } from "../../../entities/notifications";
import { notificationUnsubscribeToken } from "../../../server/modules/notifications/notifications.tokens";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { useTestBridge } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  useTestBridge(db.ds);
});
afterAll(() => db.drop());

describe("POST /notifications/unsubscribe/one-click (List-Unsubscribe-Post)", () => {
  it("sets the link's kind to never for its person; a forged token gets 400; GET only leads to the page", async () => {
    const u = await createUser(db.ds);
    const { GET, POST } = await import("../../../app/notifications/unsubscribe/one-click/route");
    const url = (t: string) => `http://localhost/notifications/unsubscribe/one-click?token=${encodeURIComponent(t)}`;
    const token = notificationUnsubscribeToken(u.id, NotificationKind.BOOKING_REQUEST);
    const prefs = () => db.ds.query(`SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`, [u.id]);
    expect((await POST(new Request(url(token.slice(0, -3) + "abc"), { method: "POST" }))).status).toBe(400);
    const got = GET(new Request(url(token)));
    expect(got.status).toBe(303);
    expect(await prefs()).toEqual([]);
    const res = await POST(new Request(url(token), { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(res.status).toBe(200);
    expect(await prefs()).toEqual([{ kind: "BOOKING_REQUEST", delivery: "NEVER" }]);
  });
});
