import { NotificationKind } from "../../../entities/notifications";
import { exportAccount } from "../../../server/modules/users/account-export.service";
import { notify } from "../../../server/modules/notifications/notify";
import { FACTORY_PASSWORD, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const texts = { pl: { subject: "Moje powiadomienie", text: "Treść." }, en: { subject: "My notification", text: "Text." } };

describe("notifications and RODO", () => {
  it("the export holds one's own notifications and preferences; deleting the account erases them", async () => {
    const me = await createUser(db.ds);
    const other = await createUser(db.ds);
    for (const u of [me, other]) await db.ds.transaction((em) => notify(em, { userId: u.id, kind: NotificationKind.ENQUIRY_REPLY, texts, template: "test" }));
    ok(await gql(db.ds, `mutation { setNotificationPreference(input: { kind: BOOKING_REQUEST, delivery: WEEKLY }) { kind } }`, {}, me.id));
    const doc = (await exportAccount(db.ds, me.id))!;
    expect(doc.sections.notifications.items).toEqual([expect.objectContaining({ kind: "ENQUIRY_REPLY", title: "Moje powiadomienie" })]);
    expect(doc.sections.notificationPreferences.items).toEqual([{ kind: "BOOKING_REQUEST", delivery: "WEEKLY" }]);
    ok(await gql(db.ds, `mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: FACTORY_PASSWORD }, me.id));
    const left = async (table: string, id: string) => Number((await db.ds.query(`SELECT count(*) AS n FROM ${table} WHERE user_id = $1`, [id]))[0].n);
    expect(await left("notifications", me.id)).toBe(0);
    expect(await left("notification_preferences", me.id)).toBe(0);
    expect(await left("notifications", other.id)).toBe(1);
  });
});
