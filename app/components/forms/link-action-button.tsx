"use client";
import type { TypedDocumentString } from "../../gql/graphql";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "./action-status";

/**
 * The one button of a page opened from an e-mail link (cancel a viewing, stop an alert):
 * a button, not the GET itself, so that link checkers and prefetchers change nothing.
 * After one try the button gives way to the visible, focused outcome.
 */
export function LinkActionButton({ label, done, failed, act }: { label: string; done: string; failed: string; act: () => Promise<boolean> }) {
  const { status, show, busy, run } = useBusyAction();
  return (
    <>
      <ActionStatus status={status} />
      {!status && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={async () => {
            const ok = await run(act);
            show(ok ? "success" : "error", ok ? done : failed);
          }}
        >
          {label}
        </button>
      )}
    </>
  );
}

/**
 * A LinkActionButton that sends the link's `token` to `mutation`, the page's own document:
 * a document is its text, so a server page hands it over with the texts it translated, and
 * the browser gets no messages for it.
 */
export function TokenActionButton({
  mutation,
  token,
  ...texts
}: {
  mutation: TypedDocumentString<unknown, { token: string }>;
  token: string;
  label: string;
  done: string;
  failed: string;
}) {
  return <LinkActionButton {...texts} act={async () => !(await gqlClient(mutation, { token })).error} />;
}
