import { NewsPost } from "../../../entities/news/news-post.entity";
import { seed } from "../../../server/seed";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await seed(db.ds, { demoPassword: "pestor-demo", log: () => {} });
});
afterAll(() => db.drop());

const SEARCH = `query($q: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    totalCount countsByKind { kind count } pageInfo { hasNextPage endCursor }
    edges { cursor node { kind id title url score } }
  }
}`;

async function run(q: string, extra: Record<string, unknown> = {}, userId: string | null = null) {
  return ok(await gql(db.ds, SEARCH, { q, ...extra }, userId)).search;
}

describe("search across the platform", () => {
  it("finds premises on ul. Łazienna by 'lazienna' (case and Polish accents folded)", async () => {
    const r = await run("lazienna");
    const premises = r.edges.filter((e: any) => e.node.kind === "PREMISES");
    expect(premises.length).toBeGreaterThan(0);
    expect(premises[0].node.title).toMatch(/Łazienna/);
    expect(premises[0].node.url).toMatch(/^\/premises\//);
  });

  it("forgives a small typo", async () => {
    const r = await run("Łazienan");
    expect(r.edges.some((e: any) => e.node.kind === "PREMISES" && /Łazienna/.test(e.node.title))).toBe(true);
  });

  it("groups matches by kind with counts that add up to the total", async () => {
    const r = await run("spółdzielnia");
    const sum = r.countsByKind.reduce((s: number, c: any) => s + c.count, 0);
    expect(r.totalCount).toBe(sum);
    expect(r.countsByKind.find((c: any) => c.kind === "ORGANIZATION").count).toBeGreaterThan(0);
  });

  it("restricts to the kinds asked for, and still reports counts for all", async () => {
    const r = await run("szkolenie", { kinds: ["TRAINING"] });
    expect(r.edges.length).toBeGreaterThan(0);
    expect(r.edges.every((e: any) => e.node.kind === "TRAINING")).toBe(true);
    const trainings = r.countsByKind.find((c: any) => c.kind === "TRAINING").count;
    expect(r.totalCount).toBe(trainings);
  });

  it("never shows a draft news post, whoever asks", async () => {
    const admin = await createUser(db.ds, { role: "ADMIN" as never });
    await db.ds.getRepository(NewsPost).insert({
      slug: "tajny-szkic-zebrzydowski",
      title: "Tajny szkic Zebrzydowskiego",
      body: "Zebrzydowski nieopublikowany",
      status: "DRAFT" as never,
    });
    for (const who of [null, admin.id]) {
      const r = await run("Zebrzydowski", {}, who);
      expect(r.edges.filter((e: any) => e.node.kind === "NEWS")).toEqual([]);
    }
  });

  it("pages through the results without gaps or repeats", async () => {
    const full = await run("ul", { first: 50 });
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await run("ul", { first: 7, after });
      ids.push(...page.edges.map((e: any) => `${e.node.kind}:${e.node.id}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && ids.length < 200);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, full.edges.length)).toEqual(full.edges.map((e: any) => `${e.node.kind}:${e.node.id}`));
  });

  it.each([
    ["query", { q: "x" }],
    ["query", { q: "y".repeat(201) }],
    ["first", { q: "szkolenie", first: 0 }],
    ["first", { q: "szkolenie", first: 51 }],
    ["after", { q: "szkolenie", after: "forged.cursor" }],
  ])("refuses a bad %s with BAD_USER_INPUT", async (field, vars) => {
    const r = await gql(db.ds, SEARCH, vars);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
  });

  it("treats SQL and LIKE metacharacters as plain text", async () => {
    const r = await run("%' OR 1=1 --");
    expect(r.totalCount).toBe(0);
    // Unescaped, "%%" and "__" would be patterns that match every title.
    expect((await run("%%")).totalCount).toBe(0);
    expect((await run("__")).totalCount).toBe(0);
  });
});
