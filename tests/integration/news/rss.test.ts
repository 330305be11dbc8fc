import { Parser } from "htmlparser2";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok, useTestBridge } from "../../helpers/graphql";
import { createUser } from "../../factories";
import { Role } from "../../../entities/users";
import { NewsletterSubscriber, SubscriberStatus } from "../../../entities/news";
import { buildRssFeed } from "../../../app/news/rss.xml/feed";
import { signNewsletterToken } from "../../../server/modules/news/newsletter.tokens";

jest.mock("server-only", () => ({}));

let db: TestDb;
let adminId: string;
beforeAll(async () => {
  db = await createTestDb();
  adminId = (await createUser(db.ds, { role: Role.ADMIN })).id;
  useTestBridge(db.ds);
});
afterAll(() => db.drop());

async function post(title: string, publish: "now" | "future" | "draft", at?: string) {
  const id = ok(await gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title, body: `Treść: ${title} & <b>więcej</b>` } }, adminId)).createNewsPost.id;
  if (publish === "now") ok(await gql(db.ds, `mutation($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id } }`, { id, at }, adminId));
  if (publish === "future") {
    ok(await gql(db.ds, `mutation($id: ID!, $at: DateTime) { publishNewsPost(id: $id, at: $at) { id } }`, { id, at: new Date(Date.now() + 86400_000).toISOString() }, adminId));
  }
}

function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  let ok = true;
  const p = new Parser(
    {
      onopentag: (name) => stack.push(name),
      onclosetag: (name) => {
        if (stack.pop() !== name) ok = false;
      },
      onerror: () => (ok = false),
    },
    { xmlMode: true, recognizeCDATA: true },
  );
  p.write(xml);
  p.end();
  return ok && stack.length === 0;
}

describe("GET /news/rss.xml", () => {
  it("is RSS 2.0 with published posts only, newest first, with absolute links", async () => {
    await post("Starsza opublikowana", "now", "2020-01-01T10:00:00Z");
    await post("Nowsza opublikowana", "now", "2021-01-01T10:00:00Z");
    await post("Tajny szkic", "draft");
    await post("Zaplanowana na jutro", "future");
    process.env.APP_URL = "https://pestor.example.org";
    const { GET } = await import("../../../app/news/rss.xml/route");
    const res = await GET(new Request("http://localhost:3103/news/rss.xml"));
    delete process.env.APP_URL;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/rss\+xml/);
    const xml = await res.text();
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain("<link>https://pestor.example.org/news</link>");
    const titles = [...xml.matchAll(/<item>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(["Nowsza opublikowana", "Starsza opublikowana"]);
    expect(xml).not.toContain("Tajny szkic");
    expect(xml).not.toContain("Zaplanowana na jutro");
    const links = [...xml.matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1]);
    for (const l of links) expect(l).toMatch(/^https:\/\/pestor\.example\.org\//);
    expect(xml).toContain("<pubDate>Wed, 01 Jan 2020 10:00:00 GMT</pubDate>");
  });
});

describe("buildRssFeed", () => {
  it("escapes markup in titles and keeps a body with ']]>' well-formed", () => {
    const xml = buildRssFeed(
      [{ slug: "a-b", title: `Kawa & <herbata> "1"`, bodyHtml: "<p>x ]]> y</p>", publishedAt: "2013-07-02T08:00:00Z", lead: null }],
      { baseUrl: "https://x.example/", title: "T", description: "D", language: "pl" },
    );
    expect(xml).toContain("<title>Kawa &amp; &lt;herbata&gt; &quot;1&quot;</title>");
    expect(xml).toContain("<link>https://x.example/news/a-b</link>");
    expect(wellFormed(xml)).toBe(true);
  });
});

describe("POST /newsletter/unsubscribe/one-click (List-Unsubscribe-Post)", () => {
  it("unsubscribes with a valid signed token and refuses a forged one with 400", async () => {
    const repo = db.ds.getRepository(NewsletterSubscriber);
    const s = await repo.save(repo.create({ email: "klik@example.org", status: SubscriberStatus.CONFIRMED, confirmNonce: "n", consentAt: new Date() }));
    const { POST } = await import("../../../app/newsletter/unsubscribe/one-click/route");
    const forged = await POST(new Request("http://localhost/newsletter/unsubscribe/one-click?token=abc.def", { method: "POST" }));
    expect(forged.status).toBe(400);
    expect((await repo.findOneByOrFail({ id: s.id })).status).toBe(SubscriberStatus.CONFIRMED);
    const token = encodeURIComponent(signNewsletterToken("unsubscribe", { s: s.id }));
    const res = await POST(new Request(`http://localhost/newsletter/unsubscribe/one-click?token=${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(res.status).toBe(200);
    expect((await repo.findOneByOrFail({ id: s.id })).status).toBe(SubscriberStatus.UNSUBSCRIBED);
  });
});
