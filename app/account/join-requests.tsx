"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { gqlClient } from "../lib/graphql-client";
import { DecideMembershipMutation } from "../organizations/decide-membership";
import { ActionStatus, useBusyAction } from "../components/forms/action-status";

export interface JoinRequest {
  id: string;
  name: string;
  email: string;
  createdAt: string;
}

/** The owner's list of people asking to join their organisation, with accept/refuse. */
export function JoinRequests({ requests }: { requests: JoinRequest[] }) {
  const t = useTranslations("auth.account.organization");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();

  /** The two answers to a request, in the order of their buttons. */
  const decisions = (name: string) => [
    { accept: true, className: "button", text: t("accept"), label: t("acceptLabel", { name }) },
    { accept: false, className: "button button-secondary", text: t("refuse"), label: t("refuseLabel", { name }) },
  ];

  // One decision at a time: the list changes under the buttons when it is made.
  const decide = (id: string, accept: boolean) =>
    run(async () => {
      const res = await gqlClient(DecideMembershipMutation, { id, accept });
      if (res.error) return show("error", t("failed", { code: res.error.code }));
      show("success", t("decided"));
      router.refresh();
    });

  return (
    <section aria-labelledby="join-requests-heading">
      <h3 id="join-requests-heading">{t("requests")}</h3>
      <ActionStatus status={status} />
      {requests.length === 0 ? (
        <p className="empty-state">{t("requestsEmpty")}</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {requests.map((r) => (
            <li key={r.id} className="card">
              <strong>{r.name}</strong> <span className="muted">{r.email}</span>
              <div className="no-print" style={{ display: "flex", gap: ".5rem", marginTop: ".5rem" }}>
                {decisions(r.name).map(({ accept, className, text, label }) => (
                  <button key={text} type="button" className={className} disabled={busy} aria-label={label} onClick={() => decide(r.id, accept)}>
                    {text}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
