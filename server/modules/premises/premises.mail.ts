import type { EntityManager } from "typeorm";
import type { Premises, PremisesEnquiry, PremisesViewingBooking, PremisesViewingSlot } from "../../../entities/premises";
import type { User } from "../../../entities/users";
import { FollowKind, NotificationKind } from "../../../entities/notifications";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { notifyFollowers } from "../notifications/follows";
import { notify, notifyAddresses } from "../notifications/notify";
import { viewingCalendar } from "./premises.ics";

/*
 * The e-mails of premises enquiries, queued in the caller's transaction (like
 * trainings.mail.ts): the enquiry to the person in charge, the sender's copy, the reply.
 */

type Sender = Pick<User, "name" | "email">;
type Place = Pick<Premises, "id" | "address" | "district">;

/** A new enquiry, to the official in charge (or the listing's contact); Reply-To the sender. */
export async function mailEnquiry(em: EntityManager, a: { enquiry: PremisesEnquiry; premises: Place; sender: Sender; orgName: string; to: string }): Promise<void> {
  const link = appLink(`/premises/${a.premises.id}`);
  const inbox = appLink(`/admin/premises/enquiries`);
  const body =
    `Nowe zapytanie o lokal ${a.premises.address} (${a.premises.district}).\n\n` +
    `Od: ${a.sender.name} <${a.sender.email}>, ${a.orgName}\n\n${a.enquiry.message}\n\n` +
    `Lokal: ${link}\nWszystkie zapytania: ${inbox}\n\n` +
    `(EN) A new enquiry about premises ${a.premises.address} from ${a.sender.name}, ${a.orgName}.`;
  await enqueueTextMail(em, {
    to: a.to,
    subject: `Zapytanie o lokal: ${a.premises.address}`,
    text: body,
    template: "premises.enquiry.official",
    dedupeKey: `premises-enquiry:${a.enquiry.id}:${a.to}`,
    headers: { "Reply-To": a.sender.email },
  });
}

/** The sender's copy of their enquiry. */
export async function mailEnquiryConfirmation(em: EntityManager, a: { enquiry: PremisesEnquiry; premises: Place; sender: Sender }): Promise<void> {
  const confirm =
    `Dziękujemy, Twoje zapytanie o lokal ${a.premises.address} (${a.premises.district}) zostało przekazane urzędnikowi.\n\n` +
    `Treść:\n${a.enquiry.message}\n\nLokal: ${appLink(`/premises/${a.premises.id}`)}\n\n` +
    `(EN) Thank you, your enquiry about ${a.premises.address} has been passed on to the city's official.`;
  await enqueueTextMail(em, {
    to: a.sender.email,
    subject: `Wysłano zapytanie o lokal: ${a.premises.address}`,
    text: confirm,
    template: "premises.enquiry.confirmation",
    dedupeKey: `premises-enquiry:${a.enquiry.id}:sender`,
  });
}

/**
 * The official's reply to the enquirer, through the notification centre (list, and e-mail
 * by their preference); Reply-To the official.
 */
export async function notifyEnquiryReply(
  em: EntityManager,
  a: { enquiry: PremisesEnquiry; premises: Place; official: Sender; reply: string; at: Date },
): Promise<void> {
  const link = appLink(`/account/activity`);
  const page = appLink(`/premises/${a.premises.id}`);
  // The notification is listed in the person's language as well as e-mailed: one language each, no "(EN)" line in a Polish list.
  const pl =
    `Odpowiedź urzędu na Twoje zapytanie o lokal ${a.premises.address} (${a.premises.district}).\n\n` +
    `${a.official.name}:\n${a.reply}\n\nTwoje zapytanie:\n${a.enquiry.message}\n\n` +
    `Lokal: ${page}\nMoje sprawy: ${link}`;
  const en =
    `The city office replied to your enquiry about premises ${a.premises.address} (${a.premises.district}).\n\n` +
    `${a.official.name}:\n${a.reply}\n\nYour enquiry:\n${a.enquiry.message}\n\n` +
    `Premises: ${page}\nMy matters: ${link}`;
  await notify(em, {
    userId: a.enquiry.userId,
    kind: NotificationKind.ENQUIRY_REPLY,
    texts: {
      pl: { subject: `Odpowiedź w sprawie lokalu: ${a.premises.address}`, text: pl },
      en: { subject: `Reply about premises: ${a.premises.address}`, text: en },
    },
    link: "/account/activity",
    template: "premises.enquiry.reply",
    dedupeKey: `premises-enquiry-reply:${a.enquiry.id}:${a.at.getTime()}`,
    headers: { "Reply-To": a.official.email },
  });
}

const when = (d: Date, locale: string) =>
  d.toLocaleString(locale === "en" ? "en-GB" : "pl-PL", { timeZone: "Europe/Warsaw", dateStyle: "full", timeStyle: "short" });

/**
 * A booked viewing, or its reminder the day before: where and when, the calendar file
 * (confirmation only) and the cancel link. The dedupe key makes each one exactly once.
 */
export async function mailViewing(
  em: EntityManager,
  a: {
    kind: "confirmation" | "reminder";
    booking: Pick<PremisesViewingBooking, "id" | "cancelToken">;
    slot: PremisesViewingSlot;
    premises: Place;
    person: Pick<User, "name" | "email" | "locale">;
  },
): Promise<void> {
  const en = a.person.locale === "en";
  const cancel = appLink(`/premises/viewings/cancel?token=${a.booking.cancelToken}`);
  const page = appLink(`/premises/${a.premises.id}`);
  const time = `${when(a.slot.startsAt, a.person.locale)} – ${a.slot.endsAt.toLocaleTimeString(en ? "en-GB" : "pl-PL", { timeZone: "Europe/Warsaw", timeStyle: "short" })}`;
  const reminder = a.kind === "reminder";
  const subject = en
    ? `${reminder ? "Reminder: viewing tomorrow" : "Viewing booked"}: ${a.premises.address}`
    : `${reminder ? "Przypomnienie: oglądanie lokalu" : "Zapisano na oglądanie lokalu"}: ${a.premises.address}`;
  const body = (
    en
      ? [
          `Hello ${a.person.name},`,
          reminder ? `A reminder of your viewing of ${a.premises.address} (${a.premises.district}).` : `Your place at the viewing of ${a.premises.address} (${a.premises.district}) is booked. The calendar file is attached.`,
          `When: ${time}\nMeeting point: ${a.slot.place}`,
          `Premises: ${page}`,
          `If you cannot come, please cancel so someone else can take the place: ${cancel}`,
        ]
      : [
          `Dzień dobry ${a.person.name},`,
          reminder ? `Przypominamy o oglądaniu lokalu ${a.premises.address} (${a.premises.district}).` : `Masz miejsce na oglądaniu lokalu ${a.premises.address} (${a.premises.district}). W załączniku jest plik do kalendarza.`,
          `Kiedy: ${time}\nMiejsce spotkania: ${a.slot.place}`,
          `Lokal: ${page}`,
          `Jeśli nie możesz przyjść, zrezygnuj, aby ktoś inny mógł zająć miejsce: ${cancel}`,
        ]
  ).join("\n\n");
  const attachments = reminder
    ? []
    : [
        {
          filename: "ogladanie-lokalu.ics",
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
          content: Buffer.from(viewingCalendar(a.slot, a.premises, a.booking.id)).toString("base64"),
        },
      ];
  await enqueueTextMail(em, {
    to: a.person.email,
    subject,
    text: body,
    template: `premises.viewing.${a.kind}`,
    dedupeKey: `premises-viewing-${a.kind}:${a.booking.id}`,
    attachments,
  });
}

/**
 * Tells whoever receives the premises' enquiries (the official in charge, else the listing's
 * contact: `enquiryRecipient`) that someone booked a viewing: an account's notification by
 * its preference, a plain e-mail to an address without one. The page of the premises lists
 * the bookings to the official.
 */
export async function notifyViewingBooked(
  em: EntityManager,
  a: { booking: Pick<PremisesViewingBooking, "id">; slot: PremisesViewingSlot; premises: Place; person: Pick<User, "name">; to: string },
): Promise<void> {
  const time = (locale: string) => when(a.slot.startsAt, locale);
  const text = (locale: "pl" | "en") =>
    locale === "en"
      ? `${a.person.name} booked a place at the viewing of ${a.premises.address} (${a.premises.district}) on ${time("en")}, ${a.slot.place}. Bookings: ${appLink(`/premises/${a.premises.id}`)}`
      : `${a.person.name} zapisał(a) się na oglądanie lokalu ${a.premises.address} (${a.premises.district}): ${time("pl")}, ${a.slot.place}. Zapisy: ${appLink(`/premises/${a.premises.id}`)}`;
  await notifyAddresses(em, [a.to], {
    kind: NotificationKind.VIEWING_BOOKED,
    texts: {
      pl: { subject: `Zapis na oglądanie lokalu: ${a.premises.address}`, text: text("pl") },
      en: { subject: `Viewing booked: ${a.premises.address}`, text: text("en") },
    },
    link: `/premises/${a.premises.id}`,
    template: "premises.viewing.booked",
    dedupeKey: (address) => `premises-viewing-booked:${a.booking.id}:${address}`,
  });
}

/**
 * New premises in a district, to everyone who follows it (not the official who added them):
 * one notification for one premises, one for a whole import into that district.
 */
export async function notifyDistrictFollowers(em: EntityManager, a: { district: string; added: Place[]; by: string }): Promise<void> {
  const [first] = a.added;
  if (!first) return;
  const one = a.added.length === 1;
  const link = one ? `/premises/${first.id}` : `/premises?districts=${encodeURIComponent(a.district)}`;
  await notifyFollowers(
    em,
    FollowKind.DISTRICT,
    a.district,
    {
      kind: NotificationKind.NEW_PREMISES,
      texts: {
        pl: one
          ? { subject: `Nowy lokal: ${first.address} (${a.district})`, text: `W bazie lokali jest nowy lokal na obserwowanym osiedlu ${a.district}: ${first.address}.` }
          : { subject: `Nowe lokale na osiedlu ${a.district}: ${a.added.length}`, text: `W bazie lokali są nowe lokale na obserwowanym osiedlu ${a.district} (${a.added.length}).` },
        en: one
          ? { subject: `New premises: ${first.address} (${a.district})`, text: `New premises in ${a.district}, a district you follow: ${first.address}.` }
          : { subject: `New premises in ${a.district}: ${a.added.length}`, text: `New premises in ${a.district}, a district you follow (${a.added.length}).` },
      },
      link,
      template: "premises.new-followed",
      dedupeKey: `premises-new:${first.id}`,
    },
    a.by,
  );
}
