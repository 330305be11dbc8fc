import { Role } from "../../../entities/users";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

let db: TestDb;
let admin: string;
beforeAll(async () => {
  db = await createTestDb();
  admin = (await createUser(db.ds, { role: Role.ADMIN })).id;
  for (const [email, status, confirmed, unsubscribed] of [
    ["stala@example.org", "CONFIRMED", "2013-01-10T12:00:00Z", null],
    // Left in February 2013 and subscribed again in June 2014: one row, the old unsubscribe date kept.
    ["wrocila@example.org", "CONFIRMED", "2014-06-01T12:00:00Z", "2013-02-01T12:00:00Z"],
    ["odeszla@example.org", "UNSUBSCRIBED", "2013-01-20T12:00:00Z", "2013-05-01T12:00:00Z"],
  ]) {
    await db.ds.query(
      `INSERT INTO newsletter_subscribers (email, status, confirm_nonce, consent_at, confirmed_at, unsubscribed_at) VALUES ($1, $2, 'n', now(), $3, $4)`,
      [email, status, confirmed, unsubscribed],
    );
  }
});
afterAll(() => db.drop());

describe("subscribers over time", () => {
  it("count an address that subscribed again once, and end at the number of confirmed subscribers", async () => {
    const r = ok(
      await gql(
        db.ds,
        `{ programmeFiguresDetail { subscribersByMonth { month confirmed unsubscribed total } } programmeFigures { newsletter { confirmedSubscribers } } }`,
        {},
        admin,
      ),
    );
    expect(r.programmeFiguresDetail.subscribersByMonth).toEqual([
      { month: "2013-01", confirmed: 2, unsubscribed: 0, total: 2 },
      { month: "2013-05", confirmed: 0, unsubscribed: 1, total: 1 },
      { month: "2014-06", confirmed: 1, unsubscribed: 0, total: 2 },
    ]);
    expect(r.programmeFigures.newsletter.confirmedSubscribers).toBe(2);
  });
});
