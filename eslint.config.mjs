import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next*/**", ".data/**", "app/gql/**", "bench/results/**", "coverage/**", "test-results/**", "next-env.d.ts"],
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      // The server code is loaded once per process (server/bridge.ts); pages use its types only.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/**", "**/entities/**", "!**/entities/districts", "!**/entities/identifiers", "!**/entities/passwords", "!**/entities/safe-text", "!**/entities/limits", "!**/entities/codes"],
              allowTypeImports: true,
              message: "Import server code as types only; reach it through app/lib/server.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
];

export default config;
