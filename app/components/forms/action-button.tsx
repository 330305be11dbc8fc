"use client";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { gqlClient, type ApiError } from "../../lib/graphql-client";
import type { TypedDocumentString } from "../../gql/graphql";
import { ActionStatus, useBusyAction } from "./action-status";

/**
 * A button whose one action is an API call (accept the terms, delete an entry, mark read),
 * with its `ActionStatus`: disabled while the call runs, then the refusal shown, or `done`
 * (when given) and the page's server data refreshed. `refusal` returns null for an error
 * that still counts as done (a row someone else already deleted). `confirm` asks first.
 * `refreshAfterRefusal`: the refreshed page shows why (a changed version), so refresh then too.
 * Rendered as the button and its status side by side; the caller gives the wrapper.
 */
export function ActionButton(props: {
  act: () => Promise<{ error?: ApiError }>;
  refusal: (error: ApiError) => string | null;
  done?: string;
  confirm?: string;
  refreshAfterRefusal?: boolean;
  className?: string;
  "aria-label"?: string;
  /** The status above the button rather than below. */
  statusFirst?: boolean;
  /** As `useActionStatus`'s `keepAs`: the message outlives the refresh that re-mounts the button. */
  keepAs?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction(null, props.keepAs);
  const onClick = async () => {
    if (props.confirm !== undefined && !window.confirm(props.confirm)) return;
    const { error } = await run(props.act);
    const refused = error ? props.refusal(error) : null;
    if (refused !== null) show("error", refused);
    else if (props.done !== undefined) show("success", props.done);
    if (refused === null || props.refreshAfterRefusal) router.refresh();
  };
  const statusBox = <ActionStatus status={status} />;
  return (
    <>
      {props.statusFirst && statusBox}
      <button type="button" className={props.className ?? "button"} disabled={busy} aria-label={props["aria-label"]} onClick={onClick}>
        {props.children}
      </button>
      {!props.statusFirst && statusBox}
    </>
  );
}

/**
 * Deletes one thing by its id through `mutation`: an `ActionButton` whose NOT_FOUND counts
 * as done (deleted first in another tab or by another person; the refreshed page shows it
 * gone) and whose any other refusal says `failed`.
 */
export function DeleteByIdButton({
  mutation,
  id,
  failed,
  ...props
}: Omit<Parameters<typeof ActionButton>[0], "act" | "refusal"> & { mutation: TypedDocumentString<unknown, { id: string }>; id: string; failed: string }) {
  return <ActionButton {...props} act={() => gqlClient(mutation, { id })} refusal={(e) => (e.code === "NOT_FOUND" ? null : failed)} />;
}
