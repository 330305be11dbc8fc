import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL documents: write `graphql(\`query …\`)` in a page or component (imported from
 * app/lib/graphql-document.ts) and run `npm run codegen`; types come from schema.graphql, never by hand.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["app/**/*.{ts,tsx}", "!app/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "app/gql/": {
      preset: "client",
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", JSON: "unknown" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
