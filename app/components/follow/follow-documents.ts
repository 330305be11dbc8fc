import { graphql } from "../../lib/graphql-document";

/** The button's two mutations, sent by its script and by its form's server action alike. */
export const FollowDocument = graphql(`
  mutation FollowThing($kind: FollowKind!, $value: String!) {
    follow(kind: $kind, value: $value) { kind value }
  }
`);
export const UnfollowDocument = graphql(`
  mutation UnfollowThing($kind: FollowKind!, $value: String!) {
    unfollow(kind: $kind, value: $value) { kind value }
  }
`);

export const FOLLOW_KINDS = ["ORGANIZATION", "MARKETPLACE_CATEGORY", "DISTRICT", "TRAINING_KIND"] as const;
export type FollowKindName = (typeof FOLLOW_KINDS)[number];

/** The outcomes a follow button tells (message keys of `notifications.follow`). */
export const FOLLOW_RESULTS = ["followed", "unfollowed", "failed"] as const;

/** Whether the API's answer (the person's follows) holds the thing. */
export const follows = (list: readonly { kind: string; value: string }[], kind: string, value: string) =>
  list.some((f) => f.kind === kind && f.value === value);
