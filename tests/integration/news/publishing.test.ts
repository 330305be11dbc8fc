import { NewsPost, NewsRevision } from "../../../entities/news";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createTestDbWithRoles, type RoleSet } from "../../factories";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createTestDbWithRoles()));
afterAll(() => db.drop());

const FIELDS = `id slug title body bodyHtml status publishedAt updatedAt category lead isLive hasUnpublishedChanges draft { title body category }`;
const CREATE = `mutation($input: NewsPostInput!) { createNewsPost(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: NewsPostInput!) { updateNewsPost(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { ${FIELDS} } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishNewsPost(id: $id) { ${FIELDS} } }`;
const BY_SLUG = `query($slug: String!) { newsPost(slug: $slug) { ${FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $all: Boolean, $category: String) {
  newsPosts(first: $first, after: $after, includeUnpublished: $all, category: $category) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id slug title status publishedAt } } } }`;

let counter = 0;
async function create(title = `Wiadomość testowa ${++counter}`, body = "Treść **wiadomości**.", category: string | null = "MEETINGS") {
  return ok(await gql(db.ds, CREATE, { input: { title, body, category } }, roles.admin.id)).createNewsPost;
}
async function listSlugs(userId: string | null): Promise<string[]> {
  const r = ok(await gql(db.ds, LIST, { first: 100 }, userId));
  return r.newsPosts.edges.map((e: { node: { slug: string } }) => e.node.slug);
}
const anyone = () => [null, roles.resident.id, roles.pes.id, roles.official.id];

describe("createNewsPost", () => {
  it("makes a DRAFT with a Polish-aware slug from the title", async () => {
    const p = await create("Toruń – pierwsze miasto w Polsce, które nagradza ekonomię społeczną");
    expect(p).toMatchObject({ status: "DRAFT", publishedAt: null, slug: "torun-pierwsze-miasto-w-polsce-ktore-nagradza-ekonomie-spoleczna" });
    expect(p.bodyHtml).toContain("<strong>wiadomości</strong>");
  });

  it("gives a duplicate title's slug a -2, -3 suffix", async () => {
    const a = await create("Zebranie zespołu monitorującego");
    const b = await create("Zebranie zespołu monitorującego");
    const c = await create("Zebranie  zespołu – monitorującego!");
    expect([a.slug, b.slug, c.slug]).toEqual([
      "zebranie-zespolu-monitorujacego",
      "zebranie-zespolu-monitorujacego-2",
      "zebranie-zespolu-monitorujacego-3",
    ]);
  });

  it("never gives a post the name of a route of /news (a post called Covers would be hidden by /news/covers)", async () => {
    const p = await create("Covers");
    expect(p.slug).toBe("covers-2");
  });

  it("cuts a long slug at a word boundary", async () => {
    const p = await create(
      "Toruń – pierwsze miasto w Polsce, które doceniając ekonomię społeczną – nagradza osoby, zaangażowane w pracę na jej rzecz.",
    );
    expect(p.slug).toBe("torun-pierwsze-miasto-w-polsce-ktore-doceniajac-ekonomie-spoleczna-nagradza");
  });

  it.each([
    ["title", { title: "ab", body: "x" }],
    ["body", { title: "Dobry tytuł", body: "   " }],
    ["category", { title: "Dobry tytuł", body: "x", category: "NOPE" }],
    ["coverImageUrl", { title: "Dobry tytuł", body: "x", coverImageUrl: "javascript:alert(1)" }],
  ])("refuses bad %s with BAD_USER_INPUT and writes nothing", async (field, input) => {
    const before = await db.ds.getRepository(NewsPost).count();
    const r = await gql(db.ds, CREATE, { input }, roles.admin.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await db.ds.getRepository(NewsPost).count()).toBe(before);
  });
});

describe("visibility of unpublished news", () => {
  it("keeps a draft out of the list and the slug lookup for anonymous, residents, PES and officials", async () => {
    const p = await create();
    for (const u of anyone()) {
      expect(await listSlugs(u)).not.toContain(p.slug);
      expect(ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, u)).newsPost).toBeNull();
    }
    expect(ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, roles.admin.id)).newsPost.id).toBe(p.id);
  });

  it("lets only admins list unpublished posts; others asking get FORBIDDEN", async () => {
    const p = await create();
    const r = ok(await gql(db.ds, LIST, { first: 100, all: true }, roles.admin.id));
    expect(r.newsPosts.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(p.id);
    for (const u of anyone()) {
      expect(errorCode(await gql(db.ds, LIST, { first: 10, all: true }, u))).toBe("FORBIDDEN");
    }
  });

  it("publishes at once without `at` and shows it to everyone", async () => {
    const p = await create();
    const pub = ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id)).publishNewsPost;
    expect(pub.status).toBe("PUBLISHED");
    expect(pub.publishedAt).not.toBeNull();
    for (const u of anyone()) {
      expect(await listSlugs(u)).toContain(p.slug);
      expect(ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, u)).newsPost.title).toBe(p.title);
    }
  });

  it("publishes a post dated in the past at once, with that date", async () => {
    const p = await create();
    const at = "2013-07-02T08:00:00.000Z";
    const pub = ok(await gql(db.ds, PUBLISH, { id: p.id, at }, roles.admin.id)).publishNewsPost;
    expect(pub.status).toBe("PUBLISHED");
    expect(new Date(pub.publishedAt).toISOString()).toBe(at);
    expect(await listSlugs(null)).toContain(p.slug);
  });

  it("keeps a post scheduled for the future invisible until its time", async () => {
    const p = await create();
    const at = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const s = ok(await gql(db.ds, PUBLISH, { id: p.id, at }, roles.admin.id)).publishNewsPost;
    expect(s).toMatchObject({ status: "SCHEDULED", isLive: false });
    for (const u of anyone()) {
      expect(await listSlugs(u)).not.toContain(p.slug);
      expect(ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, u)).newsPost).toBeNull();
    }
  });

  it("shows a SCHEDULED post whose time has come without any job having run", async () => {
    const p = await create();
    ok(await gql(db.ds, PUBLISH, { id: p.id, at: new Date(Date.now() + 3600_000).toISOString() }, roles.admin.id));
    expect(await listSlugs(null)).not.toContain(p.slug);
    // The time comes: move the schedule into the past, as the clock would.
    await db.ds.getRepository(NewsPost).update(p.id, { publishedAt: new Date(Date.now() - 1000) });
    expect(await listSlugs(null)).toContain(p.slug);
    const seen = ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, null)).newsPost;
    expect(seen).toMatchObject({ status: "SCHEDULED", isLive: true });
  });

  it("unpublishes back to DRAFT, hidden again", async () => {
    const p = await create();
    ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id));
    const u = ok(await gql(db.ds, UNPUBLISH, { id: p.id }, roles.admin.id)).unpublishNewsPost;
    expect(u).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await listSlugs(null)).not.toContain(p.slug);
  });

  it("refuses to schedule an already published post into the future", async () => {
    const p = await create();
    ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id));
    const r = await gql(db.ds, PUBLISH, { id: p.id, at: new Date(Date.now() + 3600_000).toISOString() }, roles.admin.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.fields).toHaveProperty("at");
  });
});

describe("editing a published post", () => {
  it("keeps the published version live until the edit is published", async () => {
    const p = await create("Pierwotny tytuł wiadomości", "Pierwotna treść.");
    const first = ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id)).publishNewsPost;
    const edited = ok(
      await gql(db.ds, UPDATE, { id: p.id, input: { title: "Nowy tytuł wiadomości", body: "Nowa treść.", category: "AWARDS" } }, roles.admin.id),
    ).updateNewsPost;
    expect(edited).toMatchObject({ title: "Pierwotny tytuł wiadomości", hasUnpublishedChanges: true, draft: { title: "Nowy tytuł wiadomości" } });

    const publicView = ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, roles.resident.id)).newsPost;
    expect(publicView).toMatchObject({ title: "Pierwotny tytuł wiadomości", body: "Pierwotna treść.", hasUnpublishedChanges: false, draft: null });

    const again = ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id)).publishNewsPost;
    expect(again).toMatchObject({ title: "Nowy tytuł wiadomości", body: "Nowa treść.", category: "AWARDS", hasUnpublishedChanges: false });
    // Publishing the edit keeps the post's original date.
    expect(new Date(again.publishedAt).getTime()).toBe(new Date(first.publishedAt).getTime());
    expect(ok(await gql(db.ds, BY_SLUG, { slug: p.slug }, null)).newsPost.title).toBe("Nowy tytuł wiadomości");
    // The slug stays, so links keep working.
    expect(again.slug).toBe(p.slug);
  });

  it("changes a draft in place", async () => {
    const p = await create();
    const e = ok(await gql(db.ds, UPDATE, { id: p.id, input: { title: "Zmieniony szkic", body: "B" } }, roles.admin.id)).updateNewsPost;
    expect(e).toMatchObject({ title: "Zmieniony szkic", body: "B", category: null, hasUnpublishedChanges: false });
  });
});

describe("revisions", () => {
  const REVS = `query($id: ID!) { newsRevisions(postId: $id) { id title body kind authorName createdAt } }`;
  const RESTORE = `mutation($id: ID!) { restoreNewsRevision(revisionId: $id) { ${FIELDS} } }`;
  const DIFF = `query($a: ID!, $b: ID!) { newsRevisionDiff(fromId: $a, toId: $b) { value added removed } }`;

  it("keeps one per save, with who and when, and restores an old one", async () => {
    const p = await create("Wersja pierwsza", "Tekst pierwszy.");
    ok(await gql(db.ds, UPDATE, { id: p.id, input: { title: "Wersja druga", body: "Tekst drugi." } }, roles.admin.id));
    ok(await gql(db.ds, UPDATE, { id: p.id, input: { title: "Wersja trzecia", body: "Tekst trzeci." } }, roles.admin.id));
    const revs = ok(await gql(db.ds, REVS, { id: p.id }, roles.admin.id)).newsRevisions;
    expect(revs.map((r: { title: string }) => r.title)).toEqual(["Wersja trzecia", "Wersja druga", "Wersja pierwsza"]);
    expect(revs[2]).toMatchObject({ kind: "CREATE", authorName: roles.admin.name });

    const diff = ok(await gql(db.ds, DIFF, { a: revs[2].id, b: revs[0].id }, roles.admin.id)).newsRevisionDiff;
    const removed = diff.filter((d: { removed: boolean }) => d.removed).map((d: { value: string }) => d.value).join(" ");
    const added = diff.filter((d: { added: boolean }) => d.added).map((d: { value: string }) => d.value).join(" ");
    expect(removed).toContain("pierwsza");
    expect(added).toContain("trzecia");
    expect(added).not.toContain("pierwsza");

    const restored = ok(await gql(db.ds, RESTORE, { id: revs[2].id }, roles.admin.id)).restoreNewsRevision;
    expect(restored).toMatchObject({ title: "Wersja pierwsza", body: "Tekst pierwszy." });
    expect(await db.ds.getRepository(NewsRevision).countBy({ postId: p.id })).toBe(4);
  });

  it("restoring into a published post makes it a pending edit, not live", async () => {
    const p = await create("Opublikowana wersja A", "A");
    ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id));
    ok(await gql(db.ds, UPDATE, { id: p.id, input: { title: "Wersja B", body: "B" } }, roles.admin.id));
    ok(await gql(db.ds, PUBLISH, { id: p.id }, roles.admin.id));
    const revs = ok(await gql(db.ds, REVS, { id: p.id }, roles.admin.id)).newsRevisions;
    const r = ok(await gql(db.ds, RESTORE, { id: revs[1].id }, roles.admin.id)).restoreNewsRevision;
    expect(r).toMatchObject({ title: "Wersja B", draft: { title: "Opublikowana wersja A" }, hasUnpublishedChanges: true });
  });
});

describe("access to admin operations", () => {
  it("refuses every admin operation to residents, PES and officials with FORBIDDEN, and anonymous with UNAUTHENTICATED", async () => {
    const p = await create();
    const [rev] = ok(await gql(db.ds, `query($id: ID!) { newsRevisions(postId: $id) { id } }`, { id: p.id }, roles.admin.id)).newsRevisions;
    const input = { title: "Włamanie", body: "x" };
    const ops: [string, Record<string, unknown>][] = [
      [`mutation($input: NewsPostInput!) { createNewsPost(input: $input) { id } }`, { input }],
      [`mutation($id: ID!, $input: NewsPostInput!) { updateNewsPost(id: $id, input: $input) { id } }`, { id: p.id, input }],
      [`mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, { id: p.id }],
      [`mutation($id: ID!) { unpublishNewsPost(id: $id) { id } }`, { id: p.id }],
      [`mutation($id: ID!) { archiveNewsPost(id: $id) { id } }`, { id: p.id }],
      [`mutation($id: ID!) { restoreNewsRevision(revisionId: $id) { id } }`, { id: rev.id }],
      [`query($id: ID!) { newsRevisions(postId: $id) { id } }`, { id: p.id }],
      [`query($id: ID!) { newsPostById(id: $id) { id } }`, { id: p.id }],
      [`query { renderNewsPreview(body: "x") }`, {}],
      [`query($id: ID!) { newsRevisionDiff(fromId: $id, toId: $id) { value } }`, { id: rev.id }],
    ];
    for (const [q, vars] of ops) {
      for (const u of [roles.resident.id, roles.pes.id, roles.official.id]) expect([q, errorCode(await gql(db.ds, q, vars, u))]).toEqual([q, "FORBIDDEN"]);
      expect(errorCode(await gql(db.ds, q, vars, null))).toBe("UNAUTHENTICATED");
    }
    const after = await db.ds.getRepository(NewsPost).findOneByOrFail({ id: p.id });
    expect(after).toMatchObject({ status: "DRAFT", title: p.title });
  });

  it("answers NOT_FOUND for an unknown or malformed id, never a server error", async () => {
    for (const id of ["00000000-0000-0000-0000-000000000000", "not-a-uuid"]) {
      expect(errorCode(await gql(db.ds, PUBLISH, { id }, roles.admin.id))).toBe("NOT_FOUND");
      expect(errorCode(await gql(db.ds, UPDATE, { id, input: { title: "Tytuł", body: "x" } }, roles.admin.id))).toBe("NOT_FOUND");
    }
    expect(ok(await gql(db.ds, BY_SLUG, { slug: "x".repeat(500) })).newsPost).toBeNull();
  });
});

describe("newsPosts paging", () => {
  it("pages through published posts newest first without gaps or repeats, and counts them", async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await create(`Stronicowanie ${i}`, "x", "PLATFORM");
      ok(await gql(db.ds, PUBLISH, { id: p.id, at: new Date(Date.UTC(2020, 0, 1, 12, 0, 0) + (i % 2) * 1000).toISOString() }, roles.admin.id));
      made.push(p.slug);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const r: any = ok(await gql(db.ds, LIST, { first: 2, after, category: "PLATFORM" }));
      total = r.newsPosts.totalCount;
      seen.push(...r.newsPosts.edges.map((e: { node: { slug: string } }) => e.node.slug));
      after = r.newsPosts.pageInfo.hasNextPage ? r.newsPosts.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(5);
    expect([...seen].sort()).toEqual([...made].sort());
    expect(new Set(seen).size).toBe(5);
  });

  it("refuses a forged cursor and a bad `first` with BAD_USER_INPUT", async () => {
    expect(errorCode(await gql(db.ds, LIST, { first: 2, after: "eyJ4IjoxfQ.forged" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, LIST, { first: 0 }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, LIST, { first: 101 }))).toBe("BAD_USER_INPUT");
  });
});
