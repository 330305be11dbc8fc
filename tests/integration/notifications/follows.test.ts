import { exportAccount } from "../../../server/modules/users/account-export.service";
import { Role } from "../../../entities/users";
import { createOrganization, createPesMember, createUser } from "../../factories";
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

const notificationsOf = (userId: string) =>
  gql(db.ds, `{ notifications(first: 10) { edges { node { kind title link } } } }`, {}, userId).then(
    (r) => ok(r).notifications.edges.map((e: { node: { kind: string; title: string; link: string } }) => e.node) as { kind: string; title: string; link: string }[],
  );

describe("follow events", () => {
  it("new premises in a followed district notify its followers (one per premises, one per import and district), never the official who added them", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const follower = await createUser(db.ds);
    const elsewhere = await createUser(db.ds);
    ok(await gql(db.ds, FOLLOW, { k: "DISTRICT", v: "Mokre" }, follower.id));
    ok(await gql(db.ds, FOLLOW, { k: "DISTRICT", v: "Mokre" }, official.id));
    ok(await gql(db.ds, FOLLOW, { k: "DISTRICT", v: "Bielany" }, elsewhere.id));
    const created = ok(
      await gql(db.ds, `mutation($i: PremisesInput!) { createPremises(input: $i) { id } }`, { i: { address: "ul. Mickiewicza 50", district: "Mokre", areaM2: 40, monthlyRent: 1600 } }, official.id),
    ).createPremises;
    expect(await notificationsOf(follower.id)).toEqual([{ kind: "NEW_PREMISES", title: "Nowy lokal: ul. Mickiewicza 50 (Mokre)", link: `/premises/${created.id}` }]);

    const csv = ["adres;osiedle;powierzchnia;czynsz", "ul. Bydgoska 1;Mokre;30;900", "ul. Bydgoska 3;Mokre;35;1000", "ul. Szeroka 9;Stare Miasto;20;700"].join("\n");
    ok(await gql(db.ds, `mutation($c: String!) { importPremisesCsv(csv: $c, dryRun: false) { imported } }`, { c: csv }, official.id));
    const after = await notificationsOf(follower.id);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ kind: "NEW_PREMISES", title: "Nowe lokale na osiedlu Mokre: 2", link: "/premises?districts=Mokre" });
    expect(await notificationsOf(elsewhere.id)).toEqual([]);
    expect(await notificationsOf(official.id)).toEqual([]);
  });

  it("a new notice notifies, once each, who follows its category, its district or the organisation that posted it — not its author", async () => {
    const { user: author, organization } = await createPesMember(db.ds);
    const byCategory = await createUser(db.ds);
    const byAll = await createUser(db.ds);
    const byOrg = await createUser(db.ds);
    const bystander = await createUser(db.ds);
    // Typed in another case: the same category.
    ok(await gql(db.ds, FOLLOW, { k: "MARKETPLACE_CATEGORY", v: "meble" }, byCategory.id));
    for (const [k, v] of [["MARKETPLACE_CATEGORY", "Meble"], ["DISTRICT", "Podgórz"], ["ORGANIZATION", organization.id]]) ok(await gql(db.ds, FOLLOW, { k, v }, byAll.id));
    ok(await gql(db.ds, FOLLOW, { k: "ORGANIZATION", v: organization.id }, byOrg.id));
    ok(await gql(db.ds, FOLLOW, { k: "MARKETPLACE_CATEGORY", v: "Elektronika" }, bystander.id));
    ok(await gql(db.ds, FOLLOW, { k: "ORGANIZATION", v: organization.id }, author.id));
    const notice = ok(
      await gql(
        db.ds,
        `mutation($i: EquipmentNoticeInput!) { createEquipmentNotice(input: $i) { id } }`,
        { i: { kind: "GIVE_AWAY", title: "Regał na książki", category: "Meble", district: "Podgórz" } },
        author.id,
      ),
    ).createEquipmentNotice;
    const expected = [{ kind: "NEW_NOTICE", title: "Nowe ogłoszenie na giełdzie: Regał na książki", link: `/marketplace/equipment/${notice.id}` }];
    expect(await notificationsOf(byCategory.id)).toEqual(expected);
    expect(await notificationsOf(byAll.id)).toEqual(expected);
    expect(await notificationsOf(byOrg.id)).toEqual(expected);
    expect(await notificationsOf(bystander.id)).toEqual([]);
    expect(await notificationsOf(author.id)).toEqual([]);
  });
});
