import { inBandProject } from "./tests/setup/in-band-project";

/** Tests of the production build (`npm run build` first): runs `npm start` for real. */
const config = () =>
  inBandProject({ displayName: "production", testMatch: ["<rootDir>/tests/production/**/*.test.ts"] });
export default config;
