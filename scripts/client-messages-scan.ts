import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * What the browser needs of the messages, read from the source: for each route file of
 * `app/` (page, layout, error, …), the message paths its client components translate — the
 * files marked "use client" and everything they import, followed through the import graph
 * (a file without the directive that a client file imports runs in the browser too).
 *
 * A path is as precise as the code lets it be: `t("filters.area")` of
 * `useTranslations("premises")` needs `premises.filters.area`; a key made at run time
 * (`t(\`status.${s}\`)`) needs the subtree of its fixed part (`premises.status`); a
 * translator passed on (a prop, an argument) or `useMessages()` needs its whole namespace
 * (everything, for `useMessages`), since what it is called with is not in this file.
 */

export const ROOT = path.join(__dirname, "..");
const APP = path.join(ROOT, "app");
const ROUTE_FILES = /^(page|layout|template|error|global-error|not-found|loading|default)\.tsx?$/;
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

export interface Need {
  /** A dotted message path ("" = every message). */
  path: string;
  /** Where it is asked for, "app/x/y.tsx:12". */
  at: string;
}

interface FileFacts {
  client: boolean;
  imports: string[];
  needs: Need[];
}

const facts = new Map<string, FileFacts>();

/** The source file a relative import names, or null for a package (the app has no path aliases). */
export function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

const joinPath = (...parts: string[]) => parts.filter(Boolean).join(".");

/** The fixed part of a key made at run time, up to its last whole segment. */
function fixedPrefix(text: string): string {
  const dot = text.lastIndexOf(".");
  return dot < 0 ? "" : text.slice(0, dot);
}

/** The message path a key argument asks for, or null when nothing of it is fixed text. */
function keyPath(arg: ts.Expression | undefined): string | null {
  if (!arg) return null;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg)) return fixedPrefix(arg.head.text);
  return null;
}

/** React's hooks whose second argument lists the values they depend on. */
const DEPENDENCY_HOOKS = new Set(["useCallback", "useMemo", "useEffect", "useLayoutEffect", "useImperativeHandle"]);

/**
 * A translator named in a hook's dependency list (`useCallback(…, [t])`) is not called
 * there: it asks for no message, and must not cost the section its whole namespace.
 */
function inDependencyList(node: ts.Node): boolean {
  const list = node.parent;
  if (!ts.isArrayLiteralExpression(list)) return false;
  const call = list.parent;
  if (!ts.isCallExpression(call) || call.arguments[call.arguments.length - 1] !== list || call.arguments.length < 2) return false;
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  return ts.isIdentifier(callee) && DEPENDENCY_HOOKS.has(callee.text);
}

function scanFile(file: string): FileFacts {
  const known = facts.get(file);
  if (known) return known;
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = sf.statements[0];
  const client = !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client";
  const imports: string[] = [];
  const needs: Need[] = [];
  const at = (node: ts.Node) => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const addImport = (spec: ts.Expression | undefined, typeOnly = false) => {
    if (typeOnly || !spec || !ts.isStringLiteralLike(spec)) return;
    const resolved = resolveImport(file, spec.text);
    if (resolved) imports.push(resolved);
  };

  /** Every use of the translator bound to `name` inside `scope`. */
  const usesOf = (name: string, namespace: string, scope: ts.Node, declaration: ts.Node) => {
    const visit = (node: ts.Node) => {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isJsxAttribute(parent) || ts.isBindingElement(parent)) && parent.name === node);
      if (ts.isIdentifier(node) && node.text === name && node !== declaration && !isName && !inDependencyList(node)) {
        let call: ts.CallExpression | null = null;
        if (ts.isCallExpression(parent) && parent.expression === node) call = parent;
        else if (
          ts.isPropertyAccessExpression(parent) &&
          parent.expression === node &&
          ["rich", "markup", "has", "raw"].includes(parent.name.text) &&
          ts.isCallExpression(parent.parent) &&
          parent.parent.expression === parent
        )
          call = parent.parent;
        const key = call ? keyPath(call.arguments[0]) : null;
        needs.push({ path: key === null ? namespace : joinPath(namespace, key), at: at(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
  };

  // The local names of next-intl's hooks (`import { useTranslations as useT }` too).
  const hook = new Map<string, string>([
    ["useTranslations", "useTranslations"],
    ["useMessages", "useMessages"],
  ]);
  for (const st of sf.statements) {
    const bindings = ts.isImportDeclaration(st) ? st.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings))
      for (const el of bindings.elements) {
        const imported = (el.propertyName ?? el.name).text;
        if (hook.has(imported)) hook.set(el.name.text, imported);
      }
  }

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) addImport(node.moduleSpecifier, node.importClause?.isTypeOnly);
    else if (ts.isExportDeclaration(node)) addImport(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) addImport(node.arguments[0]);
      else if (ts.isIdentifier(node.expression) && hook.get(node.expression.text) === "useMessages") needs.push({ path: "", at: at(node) });
      else if (ts.isIdentifier(node.expression) && hook.get(node.expression.text) === "useTranslations") {
        const arg = node.arguments[0];
        const namespace = keyPath(arg) ?? "";
        const binding = node.parent;
        // A namespace made at run time: its keys are below a part of it that is not known here.
        const fixed = !!arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
        if (fixed && ts.isVariableDeclaration(binding) && binding.initializer === node && ts.isIdentifier(binding.name)) {
          // The translator's uses: in the function (or file) that declares it.
          let scope: ts.Node = binding;
          while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
          usesOf(binding.name.text, namespace, scope, binding.name);
        } else needs.push({ path: namespace, at: at(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const result = { client, imports, needs };
  facts.set(file, result);
  return result;
}

/** The message paths the client components rendered by `entry` translate. */
export function clientNeedsOf(entry: string): Need[] {
  const out: Need[] = [];
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    const f = scanFile(file);
    const client = inClient || f.client;
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) out.push(...f.needs);
    for (const i of f.imports) walk(i, client);
  };
  walk(entry, false);
  return out;
}

/** Every route file of app/ (pages, layouts, error and not-found pages, …), relative to the repository. */
export function routeFiles(dir = APP): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "gql" && name !== "api") out.push(...routeFiles(full));
    } else if (ROUTE_FILES.test(name)) out.push(path.relative(ROOT, full));
  }
  return out.sort();
}

/** Whether `declared` paths hold `needed`: one of them is it or a subtree above it. */
export function covers(declared: readonly string[], needed: string): boolean {
  return declared.some((d) => d === needed || needed.startsWith(`${d}.`) || d === "");
}

/** Error, not-found and loading pages show in place of the pages below them, inside those pages' sections. */
const BOUNDARY_FILES = /^(error|not-found|loading)\.tsx?$/;

/** The section of a route folder ("premises/[id]"): the nearest of `sections` at or above it. */
export function sectionOf(dir: string, sections: readonly string[]): string {
  return sections.filter((s) => s === "" || dir === s || dir.startsWith(`${s}/`)).sort((a, b) => b.length - a.length)[0];
}

/** What the client components of each section's pages translate (see {@link clientNeedsOf}). */
export function needsBySection(sections: readonly string[]): Map<string, Need[]> {
  const out = new Map<string, Need[]>(sections.map((s) => [s, []]));
  for (const file of routeFiles()) {
    const dir = path.dirname(path.relative(APP, path.join(ROOT, file))).replace(/^\.$/, "");
    const needs = clientNeedsOf(path.join(ROOT, file));
    const shownIn = new Set([sectionOf(dir, sections)]);
    if (BOUNDARY_FILES.test(path.basename(file))) for (const s of sections) if (dir === "" || s === dir || s.startsWith(`${dir}/`)) shownIn.add(s);
    for (const s of shownIn) out.get(s)!.push(...needs);
  }
  return out;
}

type Tree = { [key: string]: string | Tree };

/** The Polish messages, every namespace (the English ones have the same keys: tests/components/foundation/messages.test.ts). */
export function messageTree(): Tree {
  const dir = path.join(APP, "i18n", "messages", "pl");
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Tree]),
  );
}

/** Whether `path` names a message or a subtree of `tree`. */
export function exists(tree: Tree, dotted: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const k of dotted ? dotted.split(".") : []) node = typeof node === "object" ? node[k] : undefined;
  return node !== undefined;
}

/**
 * The fewest paths that give every message `needs` asks for and nothing else: a subtree
 * all of whose messages are needed is named once.
 */
export function minimalPaths(tree: Tree, needs: readonly string[]): string[] {
  const wanted = new Set(needs);
  const under = (p: string) => needs.some((n) => p === "" || n.startsWith(`${p}.`));
  const walk = (node: string | Tree, p: string): { paths: string[]; whole: boolean } => {
    if (wanted.has(p) || [...wanted].some((n) => n !== "" && p.startsWith(`${n}.`))) return { paths: [p], whole: true };
    if (typeof node === "string" || !under(p)) return { paths: [], whole: false };
    const parts = Object.entries(node).map(([k, v]) => walk(v, p ? `${p}.${k}` : k));
    if (p && parts.every((x) => x.whole)) return { paths: [p], whole: true };
    return { paths: parts.flatMap((x) => x.paths), whole: false };
  };
  if (wanted.has("")) return Object.keys(tree).sort();
  return walk(tree, "").paths.sort();
}

/** The text of app/i18n/client-messages.generated.ts for `sections`. */
export function generatedFile(sections: readonly string[]): string {
  const tree = messageTree();
  const bySection = needsBySection(sections);
  const lines = sections.map((s) => {
    const paths = minimalPaths(tree, bySection.get(s)!.map((n) => n.path));
    return `  ${JSON.stringify(s)}: [${paths.map((p) => JSON.stringify(p)).join(", ")}],`;
  });
  return [
    "// Written by `npm run messages:client` (scripts/client-messages.ts) from the `useTranslations` calls of",
    "// the client components each section's pages import; do not edit. See ./client-messages.ts.",
    "export const CLIENT_MESSAGE_PATHS: Record<string, readonly string[]> = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}
