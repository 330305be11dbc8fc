import { graphql } from "./graphql-document";
import type { NextPageFragment } from "../gql/graphql";

/*
 * The link to a list's next page. What it reads of a connection's `pageInfo` is declared here,
 * beside the one function that reads it (fragment colocation): a list document asks for
 * `pageInfo { ...NextPage }` and so imports `graphql` from app/gql, whose map appends this text
 * (CONTRIBUTING, "Shared fragments").
 */

/** What a list page needs of `pageInfo` to link the page after it. */
export const NextPage = graphql(`
  fragment NextPage on PageInfo {
    endCursor
    hasNextPage
  }
`);

/** The cursor to ask for the page after this one, or null when this is the last page. */
export function nextCursor(pageInfo: NextPageFragment | null | undefined): string | null {
  return pageInfo?.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : null;
}
