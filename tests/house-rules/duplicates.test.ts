import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm run lint` refuses a new copy of code (CONTRIBUTING.md, "Duplicated code"): jscpd
 * with `.jscpd.json` fails on any clone whose fingerprint `.jscpd-baseline.json` does not
 * list. The baseline is a ratchet: it must list exactly the clones the tree has, so a
 * clone removed is also taken out of it and cannot come back unnoticed.
 */
const ROOT = join(__dirname, "..", "..");
const JSCPD = join(ROOT, "node_modules", ".bin", "jscpd");

function jscpd(args: string[]) {
  return spawnSync(JSCPD, ["--no-colors", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, JSCPD_NO_TIPS: "1" } });
}

function fingerprints(file: string): string[] {
  return Object.keys((JSON.parse(readFileSync(file, "utf8")) as { fingerprints: Record<string, number> }).fingerprints).sort();
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pestor-jscpd-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the tree has no clone the baseline does not list (what npm run lint checks)", () => {
  const r = jscpd([]);
  expect(r.stdout + r.stderr).not.toMatch(/\(\d+ new\)/);
  expect(r.status).toBe(0);
});

test("the baseline lists no clone the tree no longer has: a removed copy is taken out of it", () => {
  const now = join(dir, "now.json");
  const r = jscpd(["--baseline", now, "--update-baseline"]);
  expect(r.status).toBe(0);
  // On failure: `npm run duplicates:baseline` after removing a clone, and commit the file.
  expect(fingerprints(join(ROOT, ".jscpd-baseline.json"))).toEqual(fingerprints(now));
});

test("a file copied into the tree fails the check", () => {
  const tree = join(dir, "tree");
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree);
  copyFileSync(join(ROOT, "app", "lib", "dates.ts"), join(tree, "a.ts"));
  copyFileSync(join(ROOT, "app", "lib", "dates.ts"), join(tree, "b.ts"));
  const empty = join(dir, "empty.json");
  writeFileSync(empty, JSON.stringify({ version: 1, fingerprints: {} }));
  // The project's own settings (formats, sizes, failOnNewClones), on a tree with one copy.
  const r = jscpd(["--config", join(ROOT, ".jscpd.json"), "--baseline", empty, tree]);
  expect(r.stdout).toMatch(/\(1 new\)/);
  expect(r.status).toBe(1);
});
