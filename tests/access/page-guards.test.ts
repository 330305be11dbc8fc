import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ADMIN_SECTIONS } from "../../app/admin/sections";

/**
 * In the App Router a layout does not guard its pages: they render in parallel with it,
 * so a page that relied on app/admin/layout.tsx fetched and sent its data to anyone
 * (issue #14, class 8). Every back-office page must call the one guard itself, first,
 * with the section it belongs to.
 */
const ROOT = path.resolve(__dirname, "../../app/admin");
const pages = (readdirSync(ROOT, { recursive: true }) as string[]).filter((f) => path.basename(f) === "page.tsx");
const sections = new Set(ADMIN_SECTIONS.map((s) => s.key as string));

describe("every back-office page guards itself", () => {
  it("finds the pages", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("app/admin/%s calls refusedPage() before anything else", (file) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const body = source.slice(source.indexOf("export default async function"));
    expect(body).not.toBe("");
    const first = body.slice(body.indexOf(") {\n") + 4).split("\n")[0].trim();
    const top = file.split(path.sep)[0];
    const expected = file.includes(path.sep) && sections.has(top) ? `refusedPage("${top}")` : "refusedPage()";
    expect(first).toBe(`const refused = await ${expected};`);
  });
});
