import { graphql } from "../lib/graphql-document";
import { gqlClient } from "../lib/graphql-client";

const Suggest = graphql(`
  query SearchSuggestions($query: String!) {
    search(query: $query, first: 6) { edges { node { kind id title url } } }
  }
`);

/** Loaded on the first keystroke only, so pages do not ship the GraphQL documents up front. */
export async function suggest(query: string) {
  const r = await gqlClient(Suggest, { query });
  return r.data?.search.edges.map((e) => e.node) ?? [];
}
