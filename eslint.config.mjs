import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The decorator-free modules of entities/ that both the server and the browser import (one home for shared rules). */
const SHARED_RULES = ["districts", "identifiers", "passwords", "safe-text", "limits", "codes", "locales", "file-limits", "roles"];

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
              group: ["**/server/**", "**/entities/**", ...SHARED_RULES.map((m) => `!**/entities/${m}`)],
              allowTypeImports: true,
              message: "Import server code as types only; reach it through app/lib/server.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // No arrow back: the server and the entities never import the app (pages, components, app/lib).
    files: ["server/**/*.{ts,tsx}", "entities/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/app/**"], message: "The server does not depend on the app: move the shared rule to a decorator-free entities/* module." }] },
      ],
    },
  },
  {
    // The shared rules that app/ may import at run time stay free of decorators and server libraries.
    files: SHARED_RULES.map((m) => `entities/${m}.ts`),
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["typeorm", "type-graphql", "class-validator", "class-transformer"].map((name) => ({
            name,
            message: "Shared rules are imported by the browser too: no decorators, no server libraries.",
          })),
          patterns: [
            { group: ["**/server/**", "**/app/**"], message: "Shared rules import only other shared rules." },
            { regex: `^\\.\\/(?!(${SHARED_RULES.join("|")})$)`, message: "Shared rules import only other shared rules." },
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
