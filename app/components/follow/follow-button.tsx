"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useActionStatus } from "../forms/action-status";

const Follow = graphql(`
  mutation FollowThing($kind: FollowKind!, $value: String!) {
    follow(kind: $kind, value: $value) { kind value }
  }
`);
const Unfollow = graphql(`
  mutation UnfollowThing($kind: FollowKind!, $value: String!) {
    unfollow(kind: $kind, value: $value) { kind value }
  }
`);

export type FollowKindName = "ORGANIZATION" | "MARKETPLACE_CATEGORY" | "DISTRICT" | "TRAINING_KIND";

/**
 * "Obserwuj …" / "Przestań obserwować …": follows one thing through the notification
 * centre; the button's pressed state is what the API answered, not what was clicked.
 */
export function FollowButton({ kind, value, label, following: initial }: { kind: FollowKindName; value: string; label: string; following: boolean }) {
  const t = useTranslations("notifications.follow");
  const [following, setFollowing] = useState(initial);
  const [busy, setBusy] = useState(false);
  const notice = useActionStatus();

  const toggle = async () => {
    setBusy(true);
    notice.clear();
    const res = following ? await gqlClient(Unfollow, { kind, value }) : await gqlClient(Follow, { kind, value });
    setBusy(false);
    if (res.error || !res.data) return notice.show("error", t("failed"));
    const list = "follow" in res.data ? res.data.follow : res.data.unfollow;
    const now = list.some((f) => f.kind === kind && f.value === value);
    setFollowing(now);
    notice.show("success", now ? t("followed", { what: label }) : t("unfollowed", { what: label }));
  };

  return (
    <div className="follow no-print">
      <button type="button" className="button button-secondary" aria-pressed={following} disabled={busy} onClick={toggle}>
        {following ? t("unfollow", { what: label }) : t("follow", { what: label })}
      </button>
      <ActionStatus status={notice.status} />
    </div>
  );
}
