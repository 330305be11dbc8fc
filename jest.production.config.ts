import type { Config } from "jest";
import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** Tests of the production build (`npm run build` first): runs `npm start` for real. */
export default async function config(): Promise<Config> {
  const project = await createJestConfig({
    displayName: "production",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/production/**/*.test.ts"],
  })();
  return {
    ...project,
    testTimeout: 180_000,
    maxWorkers: 1,
  };
}
