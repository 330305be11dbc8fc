import type { graphql as typedGraphql } from "../gql";

/**
 * `graphql(\`query …\`)` for pages and components: the document is its own source text, typed
 * by the generated overloads of app/gql (codegen finds the call by its name, whatever the import).
 *
 * The generated `graphql()` of app/gql looks the text up in a map of every document of the
 * app (~180 kB, ~25 kB gzip); imported by one client component, that map went into every
 * page's First Load JS. This one keeps only the documents a bundle uses — each is already
 * the literal in its call. The generated map is needed only by documents that spread a
 * fragment (the fragment's text is appended there); tests/house-rules/graphql-documents.test.ts
 * checks that no document here does.
 */
export const graphql = ((source: string) => source) as unknown as typeof typedGraphql;
