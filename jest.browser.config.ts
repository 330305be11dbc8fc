import { inBandProject } from "./tests/setup/in-band-project";

/**
 * Browser tests (`npm run test:browser`): Playwright (playwright-core) drives Debian's
 * chromium against a running app. The global setup starts `npm run dev` on its own
 * database, or uses BASE_URL when given.
 */
const config = () =>
  inBandProject({
    displayName: "browser",
    testMatch: ["<rootDir>/tests/browser/**/*.spec.ts"],
    globalSetup: "<rootDir>/tests/browser/setup/global-setup.ts",
    globalTeardown: "<rootDir>/tests/browser/setup/global-teardown.ts",
  });
export default config;
