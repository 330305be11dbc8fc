import { graphql } from "../lib/graphql-document";
import type { PremisesFilter } from "../gql/graphql";
import { gqlClient } from "../lib/graphql-client";

const PremisesCount = graphql(`
  query PremisesCount($filter: PremisesFilter) {
    premisesFacets(filter: $filter) {
      totalCount
    }
  }
`);

/** How many premises match a filter (for the search form's "Show N results"); undefined on any error. */
export async function countMatches(filter: PremisesFilter): Promise<number | undefined> {
  const r = await gqlClient(PremisesCount, { filter });
  return r.data?.premisesFacets.totalCount;
}
