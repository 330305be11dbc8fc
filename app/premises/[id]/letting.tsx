"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { LabelledInput } from "../../components/forms/labelled-input";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { fieldOfPath } from "../../components/forms/server-errors";
import { AttachmentList, type ListedAttachment } from "../../marketplace/media/attachment-list";
import { DocumentUploader } from "../../marketplace/media/document-uploader";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { warsawLocalToIso } from "../../trainings/format";

const Apply = graphql(`
  mutation ApplyToPremisesLettingRound($input: PremisesLettingApplicationInput!) {
    applyToPremisesLettingRound(input: $input) { id }
  }
`);
const Open = graphql(`mutation OpenPremisesLettingRound($input: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $input) { id } }`);
const Award = graphql(`
  mutation AwardPremisesLettingRound($roundId: ID!, $applicationId: ID!) {
    awardPremisesLettingRound(roundId: $roundId, applicationId: $applicationId) { id }
  }
`);
const Close = graphql(`mutation ClosePremisesLettingRound($roundId: ID!) { closePremisesLettingRound(roundId: $roundId) { id } }`);
const Rented = graphql(`mutation MarkPremisesRented($premisesId: ID!) { markPremisesRented(premisesId: $premisesId) { id } }`);

export interface RoundView {
  id: string;
  status: string;
  deadline: string;
  minimumRent: string;
  permittedUse: string | null;
  preferentialRent: boolean;
  documents: string | null;
  acceptsApplications: boolean;
  result: string | null;
  applications: { id: string; label: string; documents: ListedAttachment[] }[];
}

/**
 * Letting rounds on the premises page: the open round's conditions and the application
 * form for verified PES; the public result of awarded rounds; for the official in charge,
 * the sealed applications after the deadline with "award" and "close", a form to open a
 * round, and "mark as rented".
 */
export function Letting(props: {
  premisesId: string;
  rounds: RoundView[];
  canApply: boolean;
  manages: boolean;
  canOpen: boolean;
  canMarkRented: boolean;
}) {
  const t = useTranslations("premises.letting");
  const router = useRouter();
  const notice = useBusyAction();
  const { busy } = notice;

  const run = async (call: () => Promise<{ error?: { code?: string; fields?: Record<string, string> } | null }>, ok: string, minimumRent?: string) => {
    const res = await notice.run(call);
    if (res.error) {
      const code = res.error.code;
      // "Check the form" left an applicant guessing which value was refused: below the minimum rent is said as such.
      if (minimumRent && Object.keys(res.error.fields ?? {}).some((f) => fieldOfPath(f) === "proposedRent")) return notice.show("error", t("belowMinimum", { rent: minimumRent }));
      return notice.show("error", t(code === "BAD_USER_INPUT" ? "invalid" : code === "CONFLICT" ? "conflict" : code === "FORBIDDEN" ? "forbidden" : "failed"));
    }
    notice.show("success", t(ok));
    router.refresh();
  };

  const open = props.rounds.find((r) => r.status === "OPEN");
  return (
    <section className="card stack" aria-labelledby="letting-heading" data-testid="premises-letting">
      <h2 id="letting-heading">{t("title")}</h2>
      <ActionStatus status={notice.status} />
      {props.rounds.length === 0 && <p className="muted">{t("none")}</p>}
      {props.rounds.map((r) => (
        <div key={r.id} className="stack">
          <p>
            <strong>{t(`status.${r.status}`)}</strong> — {t("deadline", { date: r.deadline })}
          </p>
          <ul>
            <li>{t("minimumRent", { rent: r.minimumRent })}</li>
            {r.permittedUse && <li>{t("permittedUse", { use: r.permittedUse })}</li>}
            <li>{r.preferentialRent ? t("preferential") : t("notPreferential")}</li>
            {r.documents && <li>{t("documents", { documents: r.documents })}</li>}
          </ul>
          {r.result && (
            <p className="alert alert-success" data-testid="letting-result">
              {r.result}
            </p>
          )}
          {r.status === "OPEN" && !r.acceptsApplications && !props.manages && <p className="muted">{t("sealedUntilDecision")}</p>}
          {props.manages && r.status === "OPEN" && (
            <>
              {r.acceptsApplications ? (
                <p className="muted">{t("sealed")}</p>
              ) : r.applications.length === 0 ? (
                <p className="muted">{t("noApplications")}</p>
              ) : (
                <ul>
                  {r.applications.map((a) => (
                    <li key={a.id} className="stack">
                      <span>{a.label}</span>
                      <AttachmentList attachments={a.documents} emptyText={t("noDocuments")} />
                      <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => gqlClient(Award, { roundId: r.id, applicationId: a.id }), "awarded")}>
                        {t("award")}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(() => gqlClient(Close, { roundId: r.id }), "closed")}>
                {t("close")}
              </button>
            </>
          )}
          {!props.manages && r.applications.length > 0 && (
            <div className="stack" data-testid="my-letting-application">
              <p className="muted">{t("applied", { application: r.applications[0].label })}</p>
              <h3>{t("myDocuments")}</h3>
              {r.acceptsApplications ? (
                <DocumentUploader kind="application" demandId={r.id} attachments={r.applications[0].documents} />
              ) : (
                <AttachmentList attachments={r.applications[0].documents} emptyText={t("noDocuments")} />
              )}
            </div>
          )}
        </div>
      ))}
      {open?.acceptsApplications && props.canApply && open.applications.length === 0 && (
        <form
          className="form stack"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const attachments = String(d.get("attachments") ?? "").split(/\s+/).filter(Boolean);
            void run(
              () => gqlClient(Apply, { input: { roundId: open.id, proposedRent: Number(String(d.get("rent") ?? "").replace(",", ".")), intendedUse: String(d.get("use") ?? ""), attachments } }),
              "applyDone",
              open.minimumRent,
            );
          }}
        >
          <h3>{t("apply")}</h3>
          <LabelledInput id="apply-rent" label={t("proposedRent")} name="rent" inputMode="decimal" required />
          <label htmlFor="apply-use">{t("intendedUse")}</label>
          <textarea id="apply-use" name="use" rows={4} minLength={10} maxLength={3000} required />
          <label htmlFor="apply-attachments">{t("attachments")}</label>
          <textarea id="apply-attachments" name="attachments" rows={2} aria-describedby="apply-attachments-hint" />
          <p id="apply-attachments-hint" className="muted">{t("attachmentsHint")}</p>
          <SubmitButton submitting={busy}>{t("send")}</SubmitButton>
        </form>
      )}
      {props.canMarkRented && (
        <button type="button" className="button" disabled={busy} onClick={() => run(() => gqlClient(Rented, { premisesId: props.premisesId }), "rented")}>
          {t("markRented")}
        </button>
      )}
      {props.canOpen && (
        <form
          className="form stack"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const deadline = warsawLocalToIso(String(d.get("deadline") ?? ""));
            if (!deadline) return notice.show("error", t("invalid"));
            void run(
              () =>
                gqlClient(Open, {
                  input: {
                    premisesId: props.premisesId,
                    deadline,
                    minimumRent: Number(String(d.get("minimumRent") ?? "").replace(",", ".")),
                    permittedUse: String(d.get("permittedUse") ?? "") || null,
                    preferentialRent: d.get("preferentialRent") === "on",
                    documents: String(d.get("documents") ?? "") || null,
                  },
                }),
              "opened",
            );
          }}
        >
          <h3>{t("open")}</h3>
          <LabelledInput id="round-deadline" label={t("deadlineLabel")} name="deadline" type="datetime-local" required />
          <LabelledInput id="round-minimum" label={t("minimumRentLabel")} name="minimumRent" inputMode="decimal" required />
          <LabelledInput id="round-use" label={t("permittedUseLabel")} name="permittedUse" maxLength={500} />
          <label>
            <input type="checkbox" name="preferentialRent" /> {t("preferentialLabel")}
          </label>
          <label htmlFor="round-documents">{t("documentsLabel")}</label>
          <textarea id="round-documents" name="documents" rows={3} maxLength={3000} />
          <SubmitButton submitting={busy}>{t("openButton")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
