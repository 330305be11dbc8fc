import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A file the code or the docs name by its path exists: a comment saying "see
 * app/components/forms/action-status.tsx" or a README row pointing at a test is how a
 * reader finds the rest, and a split or a rename leaves such pointers behind unnoticed
 * (issue #20 found two). Examples of made-up paths (`app/x/…`) and the bench's outputs
 * (written by a run, not kept in the tree) are not pointers.
 */
const ROOT = join(__dirname, "..", "..");
const READ = ["app", "server", "entities", "scripts", "bench", "tests", "migrations", "deploy"];
const DOCS = ["README.md", "CONTRIBUTING.md"];
const ASIDE = ["app/gql/", "bench/results/", "node_modules/"];
const TEXT = /\.(ts|tsx|mjs|js|css|md|sh)$/;
// A path of the tree as a comment or a doc writes it: a top folder, then a file with its ending.
const NAMED = /(?<![\w./-])((?:app|server|entities|scripts|bench|tests|migrations|deploy)\/[\w./[\]-]+\.(?:tsx|ts|md|json|css|mjs|js|sql|sh))(?!\w)/g;
const EXAMPLE = /(^|\/)x(\/|\.|$)|^bench\/results\//;

function files(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (ASIDE.some((a) => `${path}/`.startsWith(a))) return [];
    if (e.isDirectory()) return files(path);
    return TEXT.test(e.name) ? [path] : [];
  });
}

/** Each path named in `text` that is not in the tree (examples aside). */
export function missingPaths(text: string, exists: (path: string) => boolean): string[] {
  return [...text.matchAll(NAMED)].map((m) => m[1].replace(/\.$/, "")).filter((p) => !EXAMPLE.test(p) && !exists(p));
}

describe("named paths", () => {
  const read = [...READ.flatMap(files), ...DOCS];

  it("reads the tree and the docs (the rule below would pass on an empty list)", () => {
    expect(read).toContain("CONTRIBUTING.md");
    expect(read).toContain("server/schema.ts");
    expect(read.length).toBeGreaterThan(300);
  });

  it("finds a named path that is gone, and passes over examples", () => {
    const exists = (p: string) => p === "app/layout.tsx";
    const gone = ["server", "modules", "gone.service.ts"].join("/"); // written whole, this file would name it
    expect(missingPaths(`see app/layout.tsx and ${gone}.`, exists)).toEqual([gone]);
    expect(missingPaths("e.g. app/x/page.tsx, bench/results/mix.md", exists)).toEqual([]);
    expect(missingPaths("app/layout.tsx's chunk", exists)).toEqual([]);
  });

  it("every file the code and the docs name by its path exists", () => {
    const exists = (p: string) => existsSync(join(ROOT, p));
    const stale = read.flatMap((f) => missingPaths(readFileSync(join(ROOT, f), "utf8"), exists).map((p) => `${f}: ${p}`));
    expect([...new Set(stale)]).toEqual([]);
  });
});
