import type { Config } from "jest";
import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/**
 * Browser tests (`npm run test:browser`): Playwright (playwright-core) drives Debian's
 * chromium against a running app. The global setup starts `npm run dev` on its own
 * database, or uses BASE_URL when given. Specs share one server, so they run in band.
 */
export default async function config(): Promise<Config> {
  const project = await createJestConfig({
    displayName: "browser",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/browser/**/*.spec.ts"],
    globalSetup: "<rootDir>/tests/browser/setup/global-setup.ts",
    globalTeardown: "<rootDir>/tests/browser/setup/global-teardown.ts",
    testTimeout: 180_000,
  })();
  return { ...project, maxWorkers: 1 };
}
