"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction, type ActionStatusKind } from "../forms/action-status";
import { ScriptForm } from "../forms/script-form";
import { followByForm } from "./follow-actions";
import { FollowDocument, follows, UnfollowDocument, type FollowKindName } from "./follow-documents";

export type { FollowKindName } from "./follow-documents";

/**
 * "Obserwuj …" / "Przestań obserwować …": follows one thing through the notification
 * centre; the button's pressed state is what the API answered, not what was clicked.
 * Without JavaScript the button posts its form (`followByForm`) and the page comes back
 * with the outcome as `result`.
 */
export function FollowButton({ kind, value, label, following: initial, result }: {
  kind: FollowKindName;
  value: string;
  label: string;
  following: boolean;
  result?: { kind: ActionStatusKind; text: string } | null;
}) {
  const t = useTranslations("notifications.follow");
  const [following, setFollowing] = useState(initial);
  const notice = useBusyAction(result);
  const { busy } = notice;

  const toggle = async () => {
    const res = await notice.run(async () => (following ? await gqlClient(UnfollowDocument, { kind, value }) : await gqlClient(FollowDocument, { kind, value })));
    if (res.error || !res.data) return notice.show("error", t("failed"));
    const now = follows("follow" in res.data ? res.data.follow : res.data.unfollow, kind, value);
    setFollowing(now);
    notice.show("success", now ? t("followed", { what: label }) : t("unfollowed", { what: label }));
  };

  return (
    <ScriptForm className="follow no-print" onSubmit={toggle} action={followByForm}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="value" value={value} />
      <input type="hidden" name="label" value={label} />
      <input type="hidden" name="following" value={String(following)} />
      <button type="submit" className="button button-secondary" aria-pressed={following} disabled={busy}>
        {following ? t("unfollow", { what: label }) : t("follow", { what: label })}
      </button>
      <ActionStatus status={notice.status} />
    </ScriptForm>
  );
}
