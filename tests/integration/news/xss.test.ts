import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";
import { Role } from "../../../entities/users";
import { renderNewsBody } from "../../../server/modules/news/news.markdown";

let db: TestDb;
let adminId: string;
beforeAll(async () => {
  db = await createTestDb();
  adminId = (await createUser(db.ds, { role: Role.ADMIN })).id;
});
afterAll(() => db.drop());

/** Known XSS vectors, as they could be typed into the Markdown editor. */
const VECTORS: [string, string][] = [
  ["script tag", `Tekst <script>alert(1)</script> dalej`],
  ["script tag, odd case", `<ScRiPt src="https://evil.example/x.js"></sCrIpT>`],
  ["img onerror", `<img src="x" onerror="alert(1)">`],
  ["img onerror, Markdown image", `![a](https://example.org/a.png" onerror="alert(1))`],
  ["javascript: Markdown link", `[kliknij](javascript:alert(1))`],
  ["javascript: HTML link, mixed case", `<a href="JaVaScRiPt:alert(1)">x</a>`],
  ["javascript: with entity-encoded tab", `<a href="jav&#x09;ascript:alert(1)">x</a>`],
  ["vbscript: link", `<a href="vbscript:msgbox(1)">x</a>`],
  ["iframe", `<iframe src="https://evil.example"></iframe>`],
  ["iframe srcdoc", `<iframe srcdoc="<script>alert(1)</script>"></iframe>`],
  ["svg onload", `<svg onload="alert(1)"><circle r="1"/></svg>`],
  ["svg with script", `<svg><script>alert(1)</script></svg>`],
  ["data: URL in a Markdown link", `[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`],
  ["data: URL in an HTML link", `<a href="data:text/html,<script>alert(1)</script>">x</a>`],
  ["data: URL image", `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`],
  ["body onload", `<body onload="alert(1)">`],
  ["style tag", `<style>body{background:url(javascript:alert(1))}</style>`],
  ["inline style attribute", `<p style="background:url(javascript:alert(1))">x</p>`],
  ["object/embed", `<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`],
  ["form action", `<form action="javascript:alert(1)"><button>x</button></form>`],
  ["meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`],
  ["onmouseover on a link", `<a href="https://example.org" onmouseover="alert(1)">x</a>`],
  ["details ontoggle", `<details open ontoggle="alert(1)">x</details>`],
  ["math/xlink", `<math><a xlink:href="javascript:alert(1)">x</a></math>`],
];

/** Checked against the markup only: the same words as plain text are harmless. */
const DANGEROUS = [/<script/i, /\son\w+\s*=/i, /javascript:/i, /vbscript:/i, /<iframe/i, /<svg/i, /data:/i, /<style/i, /style=/i, /<object/i, /<embed/i, /<form/i, /<meta/i, /<math/i];
const tagsOf = (html: string) => (html.match(/<[^>]*>/g) ?? []).join(" ");

const CREATE = `mutation($input: NewsPostInput!) { createNewsPost(input: $input) { bodyHtml } }`;

describe("bodyHtml", () => {
  it.each(VECTORS)("removes %s", async (_name, body) => {
    const html = ok(await gql(db.ds, CREATE, { input: { title: "Próba XSS", body } }, adminId)).createNewsPost.bodyHtml as string;
    const tags = tagsOf(html);
    for (const bad of DANGEROUS) expect([html, String(bad), bad.test(tags)]).toEqual([html, String(bad), false]);
  });

  it("keeps headings, lists, http(s)/mailto links, http(s) images, tables, quotes and code", () => {
    const html = renderNewsBody(
      [
        "# Nagłówek",
        "## Podtytuł",
        "- jeden\n- dwa",
        "1. pierwszy",
        "[strona](https://torun.pl) [poczta](mailto:pes@torun.pl)",
        "![logo](https://example.org/logo.png)",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "> cytat",
        "`kod` **mocno** *lekko*",
      ].join("\n\n"),
    );
    for (const tag of ["<h2>Nagłówek</h2>", "<h2>Podtytuł</h2>", "<ul>", "<ol>", "<table>", "<blockquote>", "<code>kod</code>", "<strong>mocno</strong>", "<em>lekko</em>"]) {
      expect(html).toContain(tag);
    }
    expect(html).toContain('href="https://torun.pl"');
    expect(html).toContain('href="mailto:pes@torun.pl"');
    expect(html).toContain('src="https://example.org/logo.png"');
  });
});
