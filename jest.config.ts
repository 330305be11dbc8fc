import type { Config } from "jest";
import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/**
 * Packages that ship ESM only (marked; sanitize-html's parser htmlparser2 and its dom*
 * helpers; next-intl and its formatters): jest on Node 20 cannot require them, so they
 * are compiled like our code; so are file-type and its readers.
 */
const ESM_ONLY = ["marked", "htmlparser2", "domhandler", "domutils", "dom-serializer", "domelementtype", "entities", "next-intl", "use-intl", "intl-messageformat", "icu-minify", "@formatjs", "@schummar", "file-type", "strtok3", "token-types", "@tokenizer", "uint8array-extras", "@borewit"];
const esmOnly = (c: Config): Config => ({
  ...c,
  transformIgnorePatterns: [
    `/node_modules/(?!(${ESM_ONLY.join("|")})/)`,
    ...(c.transformIgnorePatterns ?? []).filter((p) => !p.includes("node_modules")),
  ],
});

/**
 * Two projects: components in jsdom (`*.test.tsx`), and server/integration tests in node
 * against a real PostgreSQL — each test file on its own database cloned from a migrated
 * template, so files run in parallel.
 */
export default async function config(): Promise<Config> {
  const components = await createJestConfig({
    displayName: "components",
    testEnvironment: "jsdom",
    testMatch: ["<rootDir>/app/**/*.test.tsx", "<rootDir>/tests/components/**/*.test.tsx"],
    setupFilesAfterEnv: ["<rootDir>/tests/setup/jest-dom.ts"],
  })().then(esmOnly);
  const server = await createJestConfig({
    displayName: "server",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/server/**/*.test.ts", "<rootDir>/entities/**/*.test.ts"],
    testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/browser/", "<rootDir>/tests/production/"],
    setupFiles: ["<rootDir>/tests/setup/env.ts"],
  })().then(esmOnly);
  return {
    projects: [components, server],
    globalSetup: "<rootDir>/tests/setup/global-setup.ts",
    globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
    testTimeout: 60_000,
  };
}
