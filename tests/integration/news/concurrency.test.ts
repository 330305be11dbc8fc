import { NewsletterSubscriber, NewsPost } from "../../../entities/news";
import { publishDuePosts } from "../../../server/modules/news/news.service";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";
import { Role } from "../../../entities/users";

let db: TestDb;
let adminId: string;
beforeAll(async () => {
  db = await createTestDb({ poolSize: 12 });
  adminId = (await createUser(db.ds, { role: Role.ADMIN })).id;
});
afterAll(() => db.drop());

it("gives posts created at the same moment with the same title distinct slugs", async () => {
  const create = () =>
    gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { slug } }`, { i: { title: "Równoległy tytuł", body: "x" } }, adminId);
  const results = await Promise.all(Array.from({ length: 6 }, create));
  const slugs = results.map((r) => ok(r).createNewsPost.slug).sort();
  expect(slugs).toEqual(["rownolegly-tytul", "rownolegly-tytul-2", "rownolegly-tytul-3", "rownolegly-tytul-4", "rownolegly-tytul-5", "rownolegly-tytul-6"]);
});

it("keeps one subscriber row when the same address subscribes many times at once", async () => {
  const sub = () => gql(db.ds, `mutation { subscribeToNewsletter(email: "naraz@example.org", consent: true) }`);
  const results = await Promise.all(Array.from({ length: 8 }, sub));
  for (const r of results) expect(ok(r).subscribeToNewsletter).toBe(true);
  expect(await db.ds.getRepository(NewsletterSubscriber).countBy({ email: "naraz@example.org" })).toBe(1);
});

it("the job marks due scheduled posts PUBLISHED and leaves future ones alone", async () => {
  const mk = async (title: string, at: Date) => {
    const id = ok(await gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title, body: "x" } }, adminId)).createNewsPost.id;
    ok(await gql(db.ds, `mutation($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id } }`, { id, at: at.toISOString() }, adminId));
    return id;
  };
  const due = await mk("Zaplanowana minęła", new Date(Date.now() + 3600_000));
  const later = await mk("Zaplanowana później", new Date(Date.now() + 7200_000));
  await db.ds.getRepository(NewsPost).update(due, { publishedAt: new Date(Date.now() - 1000) });
  await publishDuePosts(db.ds);
  expect((await db.ds.getRepository(NewsPost).findOneByOrFail({ id: due })).status).toBe("PUBLISHED");
  expect((await db.ds.getRepository(NewsPost).findOneByOrFail({ id: later })).status).toBe("SCHEDULED");
});
