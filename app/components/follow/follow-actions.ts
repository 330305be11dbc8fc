"use server";
import { backWithResult } from "../../lib/form-result";
import { gql } from "../../lib/graphql-server";
import { FOLLOW_KINDS, FollowDocument, follows, UnfollowDocument, type FollowKindName } from "./follow-documents";

/**
 * The follow button posted without JavaScript: the same mutation through the bridge, as the
 * signed-in person (the API decides who may follow what), then back to the page with the
 * outcome, which the button of that thing shows.
 */
export async function followByForm(form: FormData): Promise<void> {
  const kind = String(form.get("kind") ?? "") as FollowKindName;
  const value = String(form.get("value") ?? "");
  // Only shown by a list the thing has left (account preferences), to the person who sent it.
  const what = String(form.get("label") ?? "").slice(0, 200);
  let key: "followed" | "unfollowed" | "failed" = "failed";
  if (FOLLOW_KINDS.includes(kind)) {
    try {
      const list = form.get("following") === "true" ? (await gql(UnfollowDocument, { kind, value })).unfollow : (await gql(FollowDocument, { kind, value })).follow;
      key = follows(list, kind, value) ? "followed" : "unfollowed";
    } catch {
      // Refused (not signed in, not verified, nothing to follow by this value): said as the script says it.
    }
  }
  await backWithResult({ about: "follow", kind: key === "failed" ? "error" : "success", key, values: { kind, value, what } });
}
