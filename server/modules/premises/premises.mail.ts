import type { EntityManager } from "typeorm";
import type { Premises, PremisesEnquiry } from "../../../entities/premises";
import type { User } from "../../../entities/users";
import { enqueueMail } from "../../mail/mail.service";
import { appLink, htmlFromText } from "../../mail/templates";

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
  await enqueueMail(em, {
    to: a.to,
    subject: `Zapytanie o lokal: ${a.premises.address}`,
    text: body,
    html: htmlFromText(body),
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
  await enqueueMail(em, {
    to: a.sender.email,
    subject: `Wysłano zapytanie o lokal: ${a.premises.address}`,
    text: confirm,
    html: htmlFromText(confirm),
    template: "premises.enquiry.confirmation",
    dedupeKey: `premises-enquiry:${a.enquiry.id}:sender`,
  });
}

/** The official's reply, to the enquirer; Reply-To the official. */
export async function mailEnquiryReply(
  em: EntityManager,
  a: { enquiry: PremisesEnquiry; premises: Place; official: Sender; to: string; reply: string; at: Date },
): Promise<void> {
  const link = appLink(`/account/activity`);
  const body =
    `Odpowiedź urzędu na Twoje zapytanie o lokal ${a.premises.address} (${a.premises.district}).\n\n` +
    `${a.official.name}:\n${a.reply}\n\nTwoje zapytanie:\n${a.enquiry.message}\n\n` +
    `Lokal: ${appLink(`/premises/${a.premises.id}`)}\nMoje sprawy: ${link}\n\n` +
    `(EN) The city office replied to your enquiry about ${a.premises.address}: see above or ${link}.`;
  await enqueueMail(em, {
    to: a.to,
    subject: `Odpowiedź w sprawie lokalu: ${a.premises.address}`,
    text: body,
    html: htmlFromText(body),
    template: "premises.enquiry.reply",
    dedupeKey: `premises-enquiry-reply:${a.enquiry.id}:${a.at.getTime()}`,
    headers: { "Reply-To": a.official.email },
  });
}
