import { Role } from "../../../entities/users";
import { seedNews } from "../../../server/modules/news/news.seed";
import type { SeedContext } from "../../../server/modules/module";
import { NEWS_SEED, NEWSLETTER_2013_07_02 } from "../../../server/seed/data/news.data";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  const admin = await createUser(db.ds, { role: Role.ADMIN, name: "Anna Administratorka" });
  await db.ds.transaction((em) => seedNews(em, { users: { admin } } as unknown as SeedContext));
});
afterAll(() => db.drop());

describe("news seed", () => {
  it("publishes the newsletter's five items dated 2013-07-02, item 1 first, authored by the admin", async () => {
    const r = ok(await gql(db.ds, `{ newsPosts(first: 10) { totalCount edges { node { slug title status publishedAt authorName bodyHtml } } } }`));
    expect(r.newsPosts.totalCount).toBe(5);
    const nodes = r.newsPosts.edges.map((e: { node: any }) => e.node);
    expect(nodes.map((n: { slug: string }) => n.slug)).toEqual(NEWS_SEED.map((n) => n.slug));
    for (const n of nodes) {
      expect(n.status).toBe("PUBLISHED");
      expect(new Date(n.publishedAt).toISOString().slice(0, 10)).toBe("2013-07-02");
      expect(n.authorName).toBe("Anna Administratorka");
      expect(n.bodyHtml).toMatch(/^<p>/);
    }
  });

  it("keeps the newsletter of 2 July 2013 as a sent issue with its five numbered items", async () => {
    const r = ok(await gql(db.ds, `{ newsletterIssues { subject sentAt posts { slug } } }`));
    expect(r.newsletterIssues).toHaveLength(1);
    expect(r.newsletterIssues[0].subject).toBe(NEWSLETTER_2013_07_02.subject);
    expect(r.newsletterIssues[0].posts.map((p: { slug: string }) => p.slug)).toEqual(NEWSLETTER_2013_07_02.itemSlugs);
  });

  it("lists the categories and the archive month", async () => {
    const r = ok(await gql(db.ds, `{ newsCategories { code count } newsArchive { year month count } }`));
    expect(r.newsCategories).toHaveLength(5);
    expect(r.newsArchive).toEqual([{ year: 2013, month: 7, count: 5 }]);
    const july = ok(await gql(db.ds, `{ newsPosts(year: 2013, month: 7) { totalCount } }`));
    expect(july.newsPosts.totalCount).toBe(5);
    const june = ok(await gql(db.ds, `{ newsPosts(year: 2013, month: 6) { totalCount } }`));
    expect(june.newsPosts.totalCount).toBe(0);
  });
});
