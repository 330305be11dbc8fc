import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * No god-files: a source file under server/ or app/ stays at 400 lines or fewer; a
 * longer one is split by use case (CONTRIBUTING.md, "How modules grow"). Generated
 * documents (app/gql), seed data (server/seed/data) and data files (messages JSON,
 * Markdown, images) are not code anyone reads as a whole, so they do not count.
 */
const MAX_LINES = 400;
const ROOT = join(__dirname, "..", "..");
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|css)$/;
const ASIDE = ["app/gql/", "server/seed/data/"];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return ASIDE.some((a) => `${path}/`.startsWith(a)) ? [] : sourceFiles(path);
    return SOURCE.test(e.name) ? [path] : [];
  });
}

const lines = (path: string) => readFileSync(join(ROOT, path), "utf8").split("\n").length - 1;

describe("file size", () => {
  const files = [...sourceFiles("server"), ...sourceFiles("app")];

  it("reads the tree (the rule below would pass on an empty list)", () => {
    expect(files).toContain("server/schema.ts");
    expect(files).toContain("app/layout.tsx");
    expect(files.some((f) => f.startsWith("app/gql/"))).toBe(false);
  });

  it(`no source file under server/ or app/ is over ${MAX_LINES} lines`, () => {
    const over = files.filter((f) => lines(f) > MAX_LINES).map((f) => `${f}: ${lines(f)} lines`);
    expect(over).toEqual([]);
  });
});
