import { exportAccount } from "../../../server/modules/users/account-export.service";
import { FollowKind, NotificationKind } from "../../../entities/notifications";
import { Role } from "../../../entities/users";
import { notifyFollowersOfAny } from "../../../server/modules/notifications/follows";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { countQueries } from "../../helpers/statements";
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

describe("notifying followers", () => {
  /** `n` people following a fresh category, every third in English; the author follows it too. */
  async function followers(n: number) {
    const category = `Kategoria-${n}-${Date.now()}`;
    const people = [];
    for (let i = 0; i < n; i++) people.push(await createUser(db.ds, { locale: i % 3 === 2 ? "en" : "pl" }));
    const author = await createUser(db.ds);
    await db.ds.query(`INSERT INTO follows (user_id, kind, value) SELECT unnest($1::uuid[]), 'MARKETPLACE_CATEGORY', $2`, [[...people.map((p) => p.id), author.id], category]);
    return { category, people, author };
  }
  const tell = (category: string, authorId: string) =>
    db.ds.transaction((em) =>
      notifyFollowersOfAny(
        em,
        [{ kind: FollowKind.MARKETPLACE_CATEGORY, value: category }],
        {
          kind: NotificationKind.NEW_NOTICE,
          texts: { pl: { subject: `Nowe w ${category}`, text: "Treść" }, en: { subject: `New in ${category}`, text: "Text" } },
          link: "/marketplace",
          template: "test.followers",
          dedupeKey: `followers:${category}`,
        },
        authorId,
      ),
    );

  it("costs the same statements for 3 followers as for 30, each told once in their language, never the author", async () => {
    const few = await followers(3);
    const many = await followers(30);
    const cost = async (f: Awaited<ReturnType<typeof followers>>) => countQueries(db.ds, () => tell(f.category, f.author.id));
    expect(await cost(many)).toBe(await cost(few));
    const queued: { to: string; subject: string; dedupe_key: string }[] = await db.ds.query(
      `SELECT "to", subject, dedupe_key FROM mail_messages WHERE template = 'test.followers' AND subject LIKE $1`,
      [`%${many.category}`],
    );
    expect(queued.map((m) => m.to).sort()).toEqual(many.people.map((p) => p.email.toLowerCase()).sort());
    for (const p of many.people) {
      const mail = queued.find((m) => m.to === p.email.toLowerCase())!;
      expect(mail.subject).toBe(p.locale === "en" ? `New in ${many.category}` : `Nowe w ${many.category}`);
      expect(mail.dedupe_key).toBe(`followers:${many.category}:${p.id}`);
    }
    expect(await notificationsOf(many.author.id)).toEqual([]);
    expect(await notificationsOf(many.people[2].id)).toEqual([{ kind: "NEW_NOTICE", title: `New in ${many.category}`, link: "/marketplace" }]);
    // Told again (a retried event): the dedupe keys queue no second e-mail.
    await tell(many.category, many.author.id);
    expect(Number((await db.ds.query(`SELECT count(*) FROM mail_messages WHERE subject LIKE $1`, [`%${many.category}`]))[0].count)).toBe(30);
  });
});
