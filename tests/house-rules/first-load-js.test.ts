import { readFileSync } from "node:fs";
import path from "node:path";
import { resolveImport } from "../../scripts/client-messages-scan";

/**
 * First Load JS (issue #18, README "Performance"): a module that a page or layout imports
 * statically is in every visitor's scripts, whether it is rendered or not. react-hook-form
 * (~12 kB gzip) is loaded only where a form of it is shown to everyone (sign-in, sign-up,
 * newsletter…): the root layout and the public detail pages whose forms are for signed-in
 * people reach their forms through `next/dynamic` (an `import()`), which these checks follow
 * no further.
 */
const ROOT = path.join(__dirname, "..", "..");

/** The packages reached from `entry` by static, non-type imports (relative ones followed). */
function staticPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>(); // package → the first file importing it
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    const specs = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s*["']([^"']+)["']/gm),
      ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ].map((m) => m[1]);
    for (const spec of specs) {
      if (spec.startsWith(".")) {
        const next = resolveImport(file, spec);
        if (next) visit(next);
      } else if (!packages.has(spec)) packages.set(spec, path.relative(ROOT, file));
    }
  };
  visit(path.join(ROOT, entry));
  return packages;
}

describe("first load JS", () => {
  it.each([
    "app/layout.tsx",
    "app/premises/[id]/page.tsx",
    "app/marketplace/equipment/[id]/page.tsx",
    "app/marketplace/demands/[id]/page.tsx",
  ])("%s does not load react-hook-form for a visitor", (entry) => {
    expect(staticPackages(entry).get("react-hook-form")).toBeUndefined();
  });

  it("the check sees react-hook-form where a page imports a form of it", () => {
    expect(staticPackages("app/signup/page.tsx").get("react-hook-form")).toBe("app/signup/sign-up-form.tsx");
  });
});
