import { exportAccount } from "../../../server/modules/users/account-export.service";
import { createOrganization, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createTraining } from "../trainings/helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const FOLLOW = `mutation($k: FollowKind!, $v: String!) { follow(kind: $k, value: $v) { kind value } }`;
const UNFOLLOW = `mutation($k: FollowKind!, $v: String!) { unfollow(kind: $k, value: $v) { kind value } }`;

describe("follows", () => {
  it("keeps one's own list; refuses values that name nothing", async () => {
    const me = await createUser(db.ds);
    const other = await createUser(db.ds);
    const org = await createOrganization(db.ds);
    ok(await gql(db.ds, FOLLOW, { k: "ORGANIZATION", v: org.id }, me.id));
    ok(await gql(db.ds, FOLLOW, { k: "DISTRICT", v: "Stare Miasto" }, me.id));
    const again = ok(await gql(db.ds, FOLLOW, { k: "DISTRICT", v: "Stare Miasto" }, me.id)).follow;
    expect(again).toHaveLength(2);
    for (const [k, v] of [["DISTRICT", "Atlantyda"], ["TRAINING_KIND", "PARTY"], ["ORGANIZATION", "00000000-0000-4000-8000-000000000000"], ["MARKETPLACE_CATEGORY", " "]]) {
      expect(errorCode(await gql(db.ds, FOLLOW, { k, v }, me.id))).toBe("BAD_USER_INPUT");
    }
    expect(ok(await gql(db.ds, `{ myFollows { kind } }`, {}, other.id)).myFollows).toEqual([]);
    expect(ok(await gql(db.ds, UNFOLLOW, { k: "DISTRICT", v: "Stare Miasto" }, me.id)).unfollow).toEqual([{ kind: "ORGANIZATION", value: org.id }]);
    expect((await exportAccount(db.ds, me.id))!.sections.follows.items).toEqual([expect.objectContaining({ kind: "ORGANIZATION", value: org.id })]);
  });

  it("a new training of a followed kind notifies its followers, and nobody else", async () => {
    const follower = await createUser(db.ds);
    const bystander = await createUser(db.ds);
    ok(await gql(db.ds, FOLLOW, { k: "TRAINING_KIND", v: "TRAINING" }, follower.id));
    ok(await gql(db.ds, FOLLOW, { k: "TRAINING_KIND", v: "MEETING" }, bystander.id));
    const id = await createTraining(db.ds);
    const list = (userId: string) =>
      gql(db.ds, `{ notifications(first: 5) { edges { node { kind link } } } }`, {}, userId).then((r) => ok(r).notifications.edges.map((e: { node: unknown }) => e.node));
    expect(await list(follower.id)).toEqual([{ kind: "NEW_TRAINING", link: `/trainings/${id}` }]);
    expect(await list(bystander.id)).toEqual([]);
  });
});
