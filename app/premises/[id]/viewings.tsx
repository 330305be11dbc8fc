"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { LabelledInput } from "../../components/forms/labelled-input";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { warsawLocalToIso } from "../../trainings/format";

const Book = graphql(`mutation BookPremisesViewing($slotId: ID!) { bookPremisesViewing(slotId: $slotId) { id } }`);

const CreateSlot = graphql(`
  mutation CreatePremisesViewingSlot($input: PremisesViewingSlotInput!) {
    createPremisesViewingSlot(input: $input) { id }
  }
`);

export interface SlotView {
  id: string;
  when: string;
  place: string;
  capacity: number;
  bookedCount: number;
  bookedByMe: boolean;
  people: string[];
}

/**
 * The viewings of premises: each upcoming slot with its free places and a "book" button
 * for residents and verified PES; for the official in charge, who booked each slot and a
 * form to publish another.
 */
export function Viewings({ premisesId, slots, canBook, manages }: { premisesId: string; slots: SlotView[]; canBook: boolean; manages: boolean }) {
  const t = useTranslations("premises.viewings");
  const router = useRouter();
  const notice = useBusyAction();
  const { busy } = notice;

  const book = async (slotId: string) => {
    const res = await notice.run(() => gqlClient(Book, { slotId }));
    if (res.error) return notice.show("error", t(res.error.code === "CONFLICT" ? "full" : res.error.code === "FORBIDDEN" ? "forbidden" : "failed"));
    notice.show("success", t("booked"));
    router.refresh();
  };

  const create = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const startsAt = warsawLocalToIso(String(data.get("startsAt") ?? ""));
    const endsAt = warsawLocalToIso(String(data.get("endsAt") ?? ""));
    if (!startsAt || !endsAt) return notice.show("error", t("invalid"));
    const res = await notice.run(() =>
      gqlClient(CreateSlot, {
        input: { premisesId, startsAt, endsAt, place: String(data.get("place") ?? ""), capacity: Number(data.get("capacity") ?? 0) },
      }),
    );
    if (res.error) return notice.show("error", t(res.error.code === "BAD_USER_INPUT" ? "invalid" : "failed"));
    form.reset();
    notice.show("success", t("created"));
    router.refresh();
  };

  return (
    <section className="card stack" aria-labelledby="viewings-heading" data-testid="premises-viewings">
      <h2 id="viewings-heading">{t("title")}</h2>
      <ActionStatus status={notice.status} />
      {slots.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul style={{ listStyle: "none", padding: 0, margin: 0 }} className="stack">
          {slots.map((s) => {
            const free = Math.max(0, s.capacity - s.bookedCount);
            return (
              <li key={s.id}>
                <strong>{s.when}</strong> — {s.place}
                <br />
                <span className="muted">{t("free", { free, capacity: s.capacity })}</span>{" "}
                {s.bookedByMe ? (
                  <span className="badge">{t("yours")}</span>
                ) : (
                  canBook &&
                  free > 0 && (
                    <button type="button" className="button button-secondary" disabled={busy} onClick={() => book(s.id)}>
                      {t("book")}
                    </button>
                  )
                )}
                {manages && (
                  <details>
                    <summary>{t("people", { count: s.people.length })}</summary>
                    <ul>
                      {s.people.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!canBook && !manages && <p className="muted">{t("who")}</p>}
      {manages && (
        <form
          className="form stack"
          onSubmit={(e) => {
            e.preventDefault();
            void create(e.currentTarget);
          }}
        >
          <h3>{t("add")}</h3>
          <LabelledInput id="slot-starts" label={t("startsAt")} name="startsAt" type="datetime-local" required />
          <LabelledInput id="slot-ends" label={t("endsAt")} name="endsAt" type="datetime-local" required />
          <LabelledInput id="slot-place" label={t("place")} name="place" maxLength={200} required />
          <LabelledInput id="slot-capacity" label={t("capacity")} name="capacity" type="number" min={1} max={100} defaultValue={5} required />
          <SubmitButton submitting={busy}>{t("publish")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
