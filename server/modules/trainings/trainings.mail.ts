import { In, type EntityManager } from "typeorm";
import { FollowKind, NotificationKind } from "../../../entities/notifications";
import type { MailAttachment } from "../../../entities/system";
import { RegistrationStatus, Training, type Registration } from "../../../entities/trainings";
import type { User } from "../../../entities/users";
import { enqueueTextMail, type TextMail } from "../../mail/mail.service";
import { qrSvg } from "../../mail/qr";
import { appLink } from "../../mail/templates";
import { notifyFollowers } from "../notifications/follows";
import { trainingCalendar } from "./trainings.ics";

/** One formatter per language for the process: `toLocaleString` with options builds a new one per call (~5 % of a registration's CPU). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const fmt = (d: Date, locale: string) => {
  const tag = locale === "en" ? "en-GB" : "pl-PL";
  let f = formatters.get(tag);
  if (!f) formatters.set(tag, (f = new Intl.DateTimeFormat(tag, { timeZone: "Europe/Warsaw", dateStyle: "full", timeStyle: "short" })));
  return f.format(d);
};

function where(t: Training): string {
  if (t.address) return `${t.venue}, ${t.address}`;
  return t.venue;
}

/** What the check-in QR code opens: the organiser's check-in page with the code, so any phone camera works. */
function checkInLink(trainingId: string, code: string): string {
  return `${appLink(`/admin/trainings/${trainingId}/check-in`)}?code=${code}`;
}

/** The check-in QR code as SVG (the registration's page shows it; the e-mail's is drawn by the mail worker). */
export function checkInQr(trainingId: string, code: string): Promise<string> {
  return qrSvg(checkInLink(trainingId, code));
}

/** The calendar file and the check-in QR code, the latter drawn when the mail is sent, not in the request that registers. */
function confirmationAttachments(t: Training, r: Pick<Registration, "checkInCode">): MailAttachment[] {
  const ics = trainingCalendar([t], { name: t.title, method: "PUBLISH" });
  return [
    { filename: "szkolenie.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: Buffer.from(ics).toString("base64") },
    { filename: "kod-wejscia.svg", contentType: "image/svg+xml", content: "", qr: checkInLink(t.id, r.checkInCode) },
  ];
}

export type Recipient = Pick<User, "name" | "email" | "locale">;

/** Who a registration's e-mails go to: the colleague registered in a group, or the account holder. */
export function recipientOf(r: Pick<Registration, "attendeeName" | "attendeeEmail">, account: Recipient): Recipient {
  return r.attendeeEmail ? { name: r.attendeeName ?? r.attendeeEmail, email: r.attendeeEmail, locale: account.locale } : account;
}

/**
 * Queues the message that tells a person where they stand: a seat (with the .ics file and
 * the check-in QR code), a place on the waiting list, or a promotion from it.
 */
export async function mailRegistrationState(
  em: EntityManager,
  t: Training,
  r: Registration,
  user: Recipient,
  event: "registered" | "promoted",
  registeredBy?: string,
): Promise<void> {
  await enqueueTextMail(em, registrationStateMail(t, r, user, event, registeredBy));
}

/** The message of {@link mailRegistrationState}, for a statement that queues it itself. */
export function registrationStateMail(
  t: Training,
  r: Pick<Registration, "id" | "status" | "cancelToken" | "checkInCode">,
  user: Recipient,
  event: "registered" | "promoted",
  registeredBy?: string,
): TextMail {
  const en = user.locale === "en";
  const page = appLink(`/trainings/${t.id}`);
  const cancel = appLink(`/trainings/${t.id}/cancel?token=${r.cancelToken}`);
  const when = `${fmt(t.startsAt, user.locale)} – ${fmt(t.endsAt, user.locale)}`;
  const confirmed = r.status === RegistrationStatus.CONFIRMED;
  const subject = confirmed
    ? event === "promoted"
      ? en ? `A seat is yours: ${t.title}` : `Zwolniło się miejsce: ${t.title}`
      : en ? `Registration confirmed: ${t.title}` : `Potwierdzenie zapisu: ${t.title}`
    : en ? `Waiting list: ${t.title}` : `Lista rezerwowa: ${t.title}`;
  const lines = en
    ? [
        `Hello ${user.name},`,
        confirmed
          ? event === "promoted"
            ? `A seat has become free and it is now yours at "${t.title}".`
            : `Your seat at "${t.title}" is confirmed.`
          : `"${t.title}" is full; you are on the waiting list. We will write when a seat becomes free.`,
        registeredBy ? `${registeredBy} registered you.` : "",
        `When: ${when}\nWhere: ${where(t)}`,
        confirmed ? `Your check-in code: ${r.checkInCode} (also as a QR code in the attachment). The calendar file is attached.` : "",
        `Details: ${page}`,
        `If you cannot come, please cancel so someone else can take the seat: ${cancel}`,
      ]
    : [
        `Dzień dobry ${user.name},`,
        confirmed
          ? event === "promoted"
            ? `Zwolniło się miejsce i jest ono Twoje: „${t.title}”.`
            : `Potwierdzamy Twoje miejsce: „${t.title}”.`
          : `Na „${t.title}” nie ma już wolnych miejsc; jesteś na liście rezerwowej. Napiszemy, gdy zwolni się miejsce.`,
        registeredBy ? `Zapisał(a) Cię: ${registeredBy}.` : "",
        `Kiedy: ${when}\nGdzie: ${where(t)}`,
        confirmed ? `Twój kod wejścia: ${r.checkInCode} (także jako kod QR w załączniku). W załączniku jest też plik do kalendarza.` : "",
        `Szczegóły: ${page}`,
        `Jeśli nie możesz przyjść, zrezygnuj, aby ktoś inny mógł zająć miejsce: ${cancel}`,
      ];
  const text = lines.filter(Boolean).join("\n\n");
  return {
    to: user.email,
    subject,
    text,
    locale: en ? "en" : "pl",
    template: confirmed ? (event === "promoted" ? "trainings.promoted" : "trainings.confirmation") : "trainings.waitlisted",
    dedupeKey: `training:${r.id}:${r.status}`,
    attachments: confirmed ? confirmationAttachments(t, r) : [],
  };
}

/** A message from the organiser (cancellation, change, reminder) to one registrant. */
export async function mailRegistrant(
  em: EntityManager,
  t: Training,
  user: Pick<User, "email" | "name" | "locale">,
  opts: { subject: string; body: string; template: string; dedupeKey?: string },
): Promise<void> {
  const en = user.locale === "en";
  const text = [
    en ? `Hello ${user.name},` : `Dzień dobry ${user.name},`,
    opts.body,
    `${en ? "Details" : "Szczegóły"}: ${appLink(`/trainings/${t.id}`)}`,
  ].join("\n\n");
  await enqueueTextMail(em, {
    to: user.email,
    subject: opts.subject,
    text,
    locale: en ? "en" : "pl",
    template: opts.template,
    dedupeKey: opts.dedupeKey,
  });
}

/** A scheduled job's rows: one registrant of one training each. */
export type RegistrantRow = Pick<User, "email" | "name" | "locale"> & { trainingId: string };

/**
 * {@link mailRegistrant} for each row of a scheduled job (reminders, feedback surveys),
 * reading each training once however many of its registrants the rows hold.
 */
export async function mailEachRegistrant<R extends RegistrantRow>(
  em: EntityManager,
  rows: R[],
  compose: (t: Training, row: R) => { subject: string; body: string; template: string; dedupeKey?: string },
): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.trainingId))];
  const trainings = new Map((ids.length ? await em.getRepository(Training).findBy({ id: In(ids) }) : []).map((t) => [t.id, t]));
  for (const row of rows) {
    const t = trainings.get(row.trainingId);
    if (t) await mailRegistrant(em, t, row, compose(t, row));
  }
}

/** The organisers' invitation to a training, with the link to register (queued by the caller, all in one statement). */
export function invitationMail(t: Training, to: { email: string; name: string | null; locale: string }): TextMail {
  const en = to.locale === "en";
  const when = `${fmt(t.startsAt, to.locale)} – ${fmt(t.endsAt, to.locale)}`;
  const text = [
    to.name ? (en ? `Hello ${to.name},` : `Dzień dobry ${to.name},`) : en ? "Hello," : "Dzień dobry,",
    en
      ? `The City of Toruń invites you to "${t.title}" (${when}, ${where(t)}).`
      : `Urząd Miasta Torunia zaprasza na „${t.title}” (${when}, ${where(t)}).`,
    `${en ? "Details and registration" : "Szczegóły i zapisy"}: ${appLink(`/trainings/${t.id}`)}`,
  ].join("\n\n");
  return {
    to: to.email,
    subject: en ? `Invitation: ${t.title}` : `Zaproszenie: ${t.title}`,
    text,
    locale: en ? "en" : "pl",
    template: "trainings.invitation",
    dedupeKey: `training-invitation:${t.id}:${to.email}`,
  };
}

/** A new training or meeting, to everyone who follows its kind (not its organiser), through the notification centre. */
export async function notifyFollowersOfTraining(em: EntityManager, t: Training, organiserId: string): Promise<void> {
  const text = (locale: "pl" | "en") =>
    locale === "en"
      ? `A new ${t.kind === "MEETING" ? "meeting" : "training"}: "${t.title}", ${fmt(t.startsAt, "en")}${t.venue ? `, ${t.venue}` : ""}.`
      : `Nowe ${t.kind === "MEETING" ? "spotkanie" : "szkolenie"}: „${t.title}”, ${fmt(t.startsAt, "pl")}${t.venue ? `, ${t.venue}` : ""}.`;
  await notifyFollowers(
    em,
    FollowKind.TRAINING_KIND,
    t.kind,
    {
      kind: NotificationKind.NEW_TRAINING,
      texts: {
        pl: { subject: `Nowe ${t.kind === "MEETING" ? "spotkanie" : "szkolenie"}: ${t.title}`, text: text("pl") },
        en: { subject: `New ${t.kind === "MEETING" ? "meeting" : "training"}: ${t.title}`, text: text("en") },
      },
      link: `/trainings/${t.id}`,
      template: "trainings.new-followed",
      dedupeKey: `training-new:${t.id}`,
    },
    organiserId,
  );
}
