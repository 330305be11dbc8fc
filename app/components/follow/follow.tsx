import "server-only";
import { cache } from "react";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { FollowButton, type FollowKindName } from "./follow-button";

const MyFollows = graphql(`
  query MyFollowsForButtons {
    myFollows { kind value }
  }
`);

/** What the signed-in person follows, read once per request however many buttons a page has. */
const followed = cache(async (): Promise<Set<string> | null> => {
  if (!(await currentUser())) return null;
  const { myFollows } = await gql(MyFollows);
  return new Set(myFollows.map((f) => `${f.kind}:${f.value}`));
});

/** A follow button for signed-in people (nothing for anyone else): new things of `value` reach them as notifications. */
export async function Follow({ kind, value, label }: { kind: FollowKindName; value: string; label: string }) {
  const set = await followed();
  if (!set) return null;
  return <FollowButton kind={kind} value={value} label={label} following={set.has(`${kind}:${value}`)} />;
}
