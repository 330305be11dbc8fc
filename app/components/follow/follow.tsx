import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { formResult } from "../../lib/form-result";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { FollowButton } from "./follow-button";
import { FOLLOW_RESULTS, type FollowKindName } from "./follow-documents";

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

/**
 * The outcome of a follow button posted without JavaScript, as a button shows it: `of` the
 * button of one thing (null for every other), or `unlisted` above a list the thing has left
 * (an unfollowed one, with the label its form sent).
 */
export async function followOutcome() {
  const [r, t] = await Promise.all([formResult("follow", FOLLOW_RESULTS), getTranslations("notifications.follow")]);
  const about = (kind: string, value: string) => !!r && r.values?.kind === kind && r.values?.value === value;
  const shown = (what: string) => (r ? { kind: r.kind, text: t(r.key, { what }) } : null);
  return {
    of: (kind: string, value: string, what: string) => (about(kind, value) ? shown(what) : null),
    unlisted: (listed: readonly { kind: string; value: string }[]) =>
      r?.key === "unfollowed" && !listed.some((f) => about(f.kind, f.value)) ? shown(String(r.values?.what ?? "")) : null,
  };
}

/** A follow button for signed-in people (nothing for anyone else): new things of `value` reach them as notifications. */
export async function Follow({ kind, value, label }: { kind: FollowKindName; value: string; label: string }) {
  const set = await followed();
  if (!set) return null;
  return <FollowButton kind={kind} value={value} label={label} following={set.has(`${kind}:${value}`)} result={(await followOutcome()).of(kind, value, label)} />;
}
