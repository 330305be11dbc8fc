import type { Config } from "jest";
import nextJest from "next/jest.js";

/**
 * The suites that drive a running app (browser, production build): node environment, one file
 * at a time because the files share that one server, and long timeouts for its start-up.
 */
export async function inBandProject(options: Config): Promise<Config> {
  const project = await nextJest({ dir: "./" })({ testEnvironment: "node", ...options })();
  return { ...project, testTimeout: 180_000, maxWorkers: 1 };
}
