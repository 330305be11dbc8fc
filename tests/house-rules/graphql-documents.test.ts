import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NoUnusedFragmentsRule, buildSchema, parse, specifiedRules, validate } from "graphql";

/**
 * The app's own GraphQL documents (`graphql(\`…\`)` in pages, components and routes):
 * - each is valid against the schema exactly as it is sent (its own text, and the fragments
 *   it spreads as the generated map appends them), so a page never finds out at run time
 *   that a field was renamed;
 * - they come from app/lib/graphql-document.ts, whose `graphql()` is the text itself; the
 *   generated map of every document (app/gql) is imported only where a document spreads a
 *   fragment (the map appends the fragment) — imported by one client component it put
 *   every document of the app into every page's First Load JS.
 */
const ROOT = join(__dirname, "..", "..");
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return path === "app/gql" ? [] : sourceFiles(path);
    return SOURCE.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles("app")
  .map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8") }))
  .map((f) => ({ ...f, documents: [...f.text.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]) }))
  .filter((f) => f.documents.length > 0);
const spreadsFragment = (doc: string) => /\.\.\.\s*(?!on\b)[A-Za-z_]\w*/.test(doc);
const SPREAD = /\.\.\.\s*(?!on\b)([A-Za-z_]\w*)/g;
const fragments = new Map(
  files.flatMap((f) => f.documents.flatMap((doc) => [...doc.matchAll(/^\s*fragment\s+(\w+)/g)].map((m) => [m[1], doc] as const))),
);
/** A document as the generated map sends it: its text and every fragment it spreads, however deep. */
function asSent(doc: string): string {
  const spread = new Set<string>();
  const walk = (text: string) => {
    for (const [, name] of text.matchAll(SPREAD)) {
      if (spread.has(name)) continue;
      spread.add(name);
      walk(fragments.get(name) ?? "");
    }
  };
  walk(doc);
  return [doc, ...[...spread].map((name) => fragments.get(name) ?? "")].join("\n");
}
const importsMap = (text: string) => /import \{[^}]*\bgraphql\b[^}]*\} from "(\.\.?\/)+gql"/.test(text);

describe("the app's GraphQL documents", () => {
  it("reads the tree (the rules below would pass on an empty list)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((f) => f.path)).toContain("app/premises/page.tsx");
  });

  it("import graphql() from app/lib/graphql-document, the generated map only where a fragment is spread", () => {
    const wrong = files
      .filter((f) => importsMap(f.text) !== f.documents.some(spreadsFragment))
      .map((f) => `${f.path}: ${importsMap(f.text) ? "imports app/gql without spreading a fragment" : "spreads a fragment without app/gql"}`);
    expect(wrong).toEqual([]);
  });

  it("are all valid against the schema as sent", () => {
    const schema = buildSchema(readFileSync(join(ROOT, "schema.graphql"), "utf8"));
    // A fragment is written once on its own and spread by other documents.
    const rules = (doc: string) => (/^\s*fragment\b/.test(doc) ? specifiedRules.filter((r) => r !== NoUnusedFragmentsRule) : specifiedRules);
    const invalid = files
      .flatMap((f) => f.documents.map((doc) => ({ path: f.path, errors: validate(schema, parse(asSent(doc)), rules(doc)).map((e) => e.message) })))
      .filter((r) => r.errors.length > 0);
    expect(invalid).toEqual([]);
  });
});
