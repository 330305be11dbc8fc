import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * `npm run lint` enforces the import boundaries (CONTRIBUTING.md, "The server bridge"):
 * app → server only as types or through the bridge, app → entities only the
 * decorator-free shared rules, and no arrow back from server or entities to app. Each
 * case is linted as if it were a file at that path, with the project's own config.
 */
const ROOT = join(__dirname, "..", "..");
const RULE = "@typescript-eslint/no-restricted-imports";

const CASES: { path: string; code: string; refused: boolean }[] = [
  { path: "app/x/page.tsx", code: `import { dataSource } from "../../server/db";\nexport const x = dataSource;`, refused: true },
  { path: "app/x/page.tsx", code: `import { Role } from "../../entities/users";\nexport const x = Role;`, refused: true },
  { path: "app/x/page.tsx", code: `import type { Context } from "../../server/context";\nexport type X = Context;`, refused: false },
  { path: "app/x/page.tsx", code: `import { NEWS_LIMITS } from "../../entities/limits";\nexport const x = NEWS_LIMITS;`, refused: false },
  { path: "app/x/page.tsx", code: `import { isValidNip } from "../../entities/identifiers";\nexport const x = isValidNip;`, refused: false },
  { path: "app/x/uploader.tsx", code: `import { MAX_PHOTO_BYTES } from "../../entities/file-limits";\nexport const x = MAX_PHOTO_BYTES;`, refused: false },
  { path: "app/x/uploader.tsx", code: `import { fileStorage } from "../../server/storage/file-storage";\nexport const x = fileStorage;`, refused: true },
  { path: "server/modules/x/x.service.ts", code: `import { isoDate } from "../../../app/lib/dates";\nexport const x = isoDate;`, refused: true },
  { path: "server/modules/x/x.service.ts", code: `import type { Props } from "../../../app/layout";\nexport type X = Props;`, refused: true },
  { path: "server/modules/x/x.service.ts", code: `import { Role } from "../../../entities/users";\nexport const x = Role;`, refused: false },
  { path: "entities/x/x.entity.ts", code: `import { x as y } from "../../app/lib/x";\nexport const x = y;`, refused: true },
  { path: "entities/limits.ts", code: `import { Column } from "typeorm";\nexport const x = Column;`, refused: true },
  { path: "entities/limits.ts", code: `import { Role } from "./users";\nexport const x = Role;`, refused: true },
  { path: "entities/limits.ts", code: `import { TORUN_DISTRICTS } from "./districts";\nexport const x = TORUN_DISTRICTS;`, refused: false },
];

// ESLint loads the flat config with import(), which jest's module system does not run: lint in a child process.
const SCRIPT = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [r] = await eslint.lintText(c.code, { filePath: c.path });
    out.push(r.messages.filter((m) => m.ruleId === ${JSON.stringify(RULE)}).length);
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

describe("import boundaries", () => {
  it("the lint rule refuses what crosses a boundary and lets the allowed imports through", () => {
    const counts: number[] = JSON.parse(
      execFileSync(process.execPath, ["-e", SCRIPT, JSON.stringify(CASES)], { cwd: ROOT, encoding: "utf8", timeout: 120_000 }),
    );
    expect(CASES.map((c, i) => `${c.path}: ${c.code.split("\n")[0]} → ${counts[i] > 0 ? "refused" : "allowed"}`)).toEqual(
      CASES.map((c) => `${c.path}: ${c.code.split("\n")[0]} → ${c.refused ? "refused" : "allowed"}`),
    );
  }, 120_000);
});
