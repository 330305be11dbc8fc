import { ProgrammePage } from "../../../entities/news";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import type { RoleSet } from "../../factories";
import { createNewsTestDb } from "./helpers";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createNewsTestDb()));
afterAll(() => db.drop());

const SEARCH = `query($q: String) { newsPosts(first: 50, search: $q) { totalCount edges { node { slug } } } }`;
const slugs = (r: any): string[] => r.newsPosts.edges.map((e: { node: { slug: string } }) => e.node.slug);

describe("news search", () => {
  it("finds published posts ignoring case and Polish accents", async () => {
    const r = ok(await gql(db.ds, SEARCH, { q: "LOWICKA" }));
    expect(slugs(r)).toEqual(["wspolne-szkolenia-okazja-do-nawiazywania-partnerskich-relacji"]);
    expect(slugs(ok(await gql(db.ds, SEARCH, { q: "Zespół" })))).toContain("zostal-powolany-zespol-ds-monitoringu-programu-wspolpracy-gmt-z-pes");
  });

  it("never finds a draft or a pending edit of a published post", async () => {
    const id = ok(await gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title: "Tajemnicza zebra", body: "Tajemnica" } }, roles.admin.id)).createNewsPost.id;
    expect(ok(await gql(db.ds, SEARCH, { q: "tajemnic" })).newsPosts.totalCount).toBe(0);
    ok(await gql(db.ds, `mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, { id }, roles.admin.id));
    ok(await gql(db.ds, `mutation($id: ID!, $i: NewsPostInput!) { updateNewsPost(id: $id, input: $i) { id } }`, { id, i: { title: "Tajemnicza zebra", body: "Sekretny żubr" } }, roles.admin.id));
    expect(ok(await gql(db.ds, SEARCH, { q: "zubr" })).newsPosts.totalCount).toBe(0);
    expect(ok(await gql(db.ds, SEARCH, { q: "tajemnic" })).newsPosts.totalCount).toBe(1);
  });

  it("finds a published edit's new words and no longer its old ones (the folded text follows the post)", async () => {
    const id = ok(await gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title: "Kiermasz w Podgórzu", body: "Stoiska rękodzieła" } }, roles.admin.id)).createNewsPost.id;
    ok(await gql(db.ds, `mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, { id }, roles.admin.id));
    expect(ok(await gql(db.ds, SEARCH, { q: "rekodziela" })).newsPosts.totalCount).toBe(1);
    ok(await gql(db.ds, `mutation($id: ID!, $i: NewsPostInput!) { updateNewsPost(id: $id, input: $i) { id } }`, { id, i: { title: "Kiermasz w Podgórzu", body: "Stoiska z miodem" } }, roles.admin.id));
    ok(await gql(db.ds, `mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, { id }, roles.admin.id));
    expect(ok(await gql(db.ds, SEARCH, { q: "rekodziela" })).newsPosts.totalCount).toBe(0);
    expect(ok(await gql(db.ds, SEARCH, { q: "z miodem" })).newsPosts.totalCount).toBe(1);
  });

  it("treats % and _ as plain characters", async () => {
    expect(ok(await gql(db.ds, SEARCH, { q: "%" })).newsPosts.totalCount).toBe(0);
    expect(ok(await gql(db.ds, SEARCH, { q: "_" })).newsPosts.totalCount).toBe(0);
  });

  it("can use the trigram index", async () => {
    const qr = db.ds.createQueryRunner();
    try {
      await qr.query("SET enable_seqscan = off");
      const plan: { "QUERY PLAN": string }[] = await qr.query(
        `EXPLAIN SELECT id FROM news_posts p WHERE p.search_text LIKE '%' || f_unaccent('lowicka') || '%'`,
      );
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("IDX_news_posts_search");
    } finally {
      await qr.release();
    }
  });
});

describe("programme pages", () => {
  const UPDATE = `mutation($key: String!, $i: ProgrammePageInput!) { updateProgrammePage(key: $key, input: $i) { key title bodyHtml } }`;

  it("lists the seeded sections in order, rendered from Markdown", async () => {
    const r = ok(await gql(db.ds, `{ programmePages { key title bodyHtml } }`));
    expect(r.programmePages.map((p: { key: string }) => p.key)).toEqual(["about", "team", "awards", "partners", "privacy", "terms"]);
    const team = r.programmePages[1];
    expect(team.bodyHtml).toContain("<li>Łukasz Broniszewski</li>");
    expect(team.bodyHtml).toContain("<table>");
  });

  it("lets an admin edit a section, sanitised and kept as a revision (live once published)", async () => {
    ok(await gql(db.ds, UPDATE, { key: "partners", i: { title: "Partnerzy programu", body: "[x](javascript:alert(1)) <script>alert(1)</script>**nowy partner**" } }, roles.admin.id));
    const r = ok(await gql(db.ds, `mutation { publishProgrammePage(key: "partners") { key title bodyHtml } }`, {}, roles.admin.id));
    expect(r.publishProgrammePage.title).toBe("Partnerzy programu");
    expect(r.publishProgrammePage.bodyHtml).not.toMatch(/script|javascript:/i);
    expect(r.publishProgrammePage.bodyHtml).toContain("<strong>nowy partner</strong>");
    const revs = ok(await gql(db.ds, `{ programmePageRevisions(key: "partners") { title authorName } }`, {}, roles.admin.id)).programmePageRevisions;
    expect(revs[0]).toEqual({ title: "Partnerzy programu", authorName: roles.admin.name });
    expect(revs).toHaveLength(2);
  });

  it("refuses non-admins (FORBIDDEN) and changes nothing", async () => {
    const before = await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "about" });
    for (const u of [roles.resident.id, roles.pes.id, roles.official.id]) {
      expect(errorCode(await gql(db.ds, UPDATE, { key: "about", i: { title: "Hack", body: "x" } }, u))).toBe("FORBIDDEN");
    }
    expect(errorCode(await gql(db.ds, UPDATE, { key: "about", i: { title: "Hack", body: "x" } }, null))).toBe("UNAUTHENTICATED");
    expect((await db.ds.getRepository(ProgrammePage).findOneByOrFail({ key: "about" })).title).toBe(before.title);
    expect(errorCode(await gql(db.ds, UPDATE, { key: "nope", i: { title: "Tytuł", body: "x" } }, roles.admin.id))).toBe("NOT_FOUND");
  });
});
