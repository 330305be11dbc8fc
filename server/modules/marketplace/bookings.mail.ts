import type { EntityManager } from "typeorm";
import type { Booking, EquipmentNotice } from "../../../entities/marketplace";
import { User } from "../../../entities/users";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { noticeContacts } from "./notice-contacts";

/** The messages of a loan after its approval: reminders, overdue, extensions. */
export type LoanMail = "starts" | "ends" | "overdue" | "extension-requested" | "extension-approved" | "extension-refused";

interface Recipient {
  email: string;
  name: string | null;
  locale: string;
}

const plDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function texts(kind: LoanMail, en: boolean, b: Booking, n: EquipmentNotice, side: "borrower" | "owner", reason?: string | null) {
  const days = `${plDate(b.fromDate)} – ${plDate(b.toDate)}`;
  const where = [n.pickupPlace, n.pickupHours].filter(Boolean).join(", ");
  switch (kind) {
    case "starts":
      return en
        ? { subject: `Tomorrow your loan begins: ${n.title}`, body: `Your loan of "${n.title}" begins tomorrow (${days}).${where ? `\n\nPick-up: ${where}.` : ""}${n.deposit ? `\n\nDeposit: ${n.deposit} PLN.` : ""}` }
        : { subject: `Jutro zaczyna się użyczenie: ${n.title}`, body: `Jutro zaczyna się użyczenie „${n.title}” (${days}).${where ? `\n\nOdbiór: ${where}.` : ""}${n.deposit ? `\n\nKaucja: ${n.deposit} zł.` : ""}` };
    case "ends":
      return en
        ? { subject: `Tomorrow is the last day of your loan: ${n.title}`, body: `Please return "${n.title}" by tomorrow, ${plDate(b.toDate)}. If you need it longer, ask for an extension on the item's page.` }
        : { subject: `Jutro mija termin zwrotu: ${n.title}`, body: `Prosimy o zwrot „${n.title}” do jutra, ${plDate(b.toDate)}. Jeśli potrzebujesz go dłużej, poproś o przedłużenie na stronie ogłoszenia.` };
    case "overdue":
      return side === "borrower"
        ? en
          ? { subject: `Overdue: ${n.title}`, body: `The loan of "${n.title}" ended on ${plDate(b.toDate)} and its return is not recorded. Please return the item or contact the owner.` }
          : { subject: `Po terminie: ${n.title}`, body: `Użyczenie „${n.title}” skończyło się ${plDate(b.toDate)}, a zwrot nie jest odnotowany. Prosimy o zwrot przedmiotu lub kontakt z właścicielem.` }
        : en
          ? { subject: `Overdue: ${n.title}`, body: `The loan of "${n.title}" (${days}) ended and no return is recorded. When the item is back, record its return on the item's page.` }
          : { subject: `Po terminie: ${n.title}`, body: `Użyczenie „${n.title}” (${days}) się skończyło, a zwrot nie jest odnotowany. Gdy przedmiot wróci, odnotuj zwrot na stronie ogłoszenia.` };
    case "extension-requested":
      return en
        ? { subject: `Extension requested: ${n.title}`, body: `The borrower of "${n.title}" (${days}) asks to keep it until ${plDate(b.extensionTo!)}. Approve or refuse on the item's page.` }
        : { subject: `Prośba o przedłużenie: ${n.title}`, body: `Wypożyczający „${n.title}” (${days}) prosi o przedłużenie do ${plDate(b.extensionTo!)}. Zatwierdź lub odmów na stronie ogłoszenia.` };
    case "extension-approved":
      return en
        ? { subject: `Extension approved: ${n.title}`, body: `Your loan of "${n.title}" now lasts until ${plDate(b.toDate)}.` }
        : { subject: `Przedłużenie zatwierdzone: ${n.title}`, body: `Użyczenie „${n.title}” trwa teraz do ${plDate(b.toDate)}.` };
    case "extension-refused":
      return en
        ? { subject: `Extension refused: ${n.title}`, body: `The owner refused to extend the loan of "${n.title}"; please return it by ${plDate(b.toDate)}.${reason ? `\n\nReason: ${reason}` : ""}` }
        : { subject: `Odmowa przedłużenia: ${n.title}`, body: `Właściciel nie zgodził się przedłużyć użyczenia „${n.title}”; prosimy o zwrot do ${plDate(b.toDate)}.${reason ? `\n\nPowód: ${reason}` : ""}` };
  }
}

async function send(em: EntityManager, to: Recipient, kind: LoanMail, b: Booking, n: EquipmentNotice, side: "borrower" | "owner", dedupeKey: string, reason?: string | null) {
  const en = to.locale === "en";
  const { subject, body } = texts(kind, en, b, n, side, reason);
  const text = [
    to.name ? (en ? `Hello ${to.name},` : `Dzień dobry ${to.name},`) : en ? "Hello," : "Dzień dobry,",
    body,
    appLink(side === "borrower" ? "/marketplace/bookings" : `/marketplace/equipment/${n.id}`),
  ].join("\n\n");
  await enqueueTextMail(em, { to: to.email, subject, text, locale: en ? "en" : "pl", template: `marketplace.loan-${kind}`, dedupeKey });
}

/** The borrower, in their own language. Nobody when the account is gone. */
export async function mailBorrower(em: EntityManager, kind: LoanMail, b: Booking, n: EquipmentNotice, dedupeKey: string, reason?: string | null) {
  const u = await em.getRepository(User).findOneBy({ id: b.borrowerId });
  if (!u?.email) return;
  await send(em, { email: u.email, name: u.name, locale: u.locale }, kind, b, n, "borrower", dedupeKey, reason);
}

/**
 * The owner's side: the same addresses that hear of requests (notice-contacts.ts), each in
 * the language of its account when it has one (an organisation's own address: Polish).
 * `dedupeKey` gets the address appended, so each address gets one copy.
 */
export async function mailOwnerSide(em: EntityManager, kind: LoanMail, b: Booking, n: EquipmentNotice, dedupeKey: string) {
  const emails = await noticeContacts(em, n);
  if (!emails.length) return;
  const accounts: { email: string; name: string; locale: string }[] = await em.query(
    `SELECT lower(email) AS email, name, locale FROM users WHERE lower(email) = ANY($1)`,
    [emails.map((e) => e.toLowerCase())],
  );
  for (const email of emails) {
    const a = accounts.find((x) => x.email === email.toLowerCase());
    await send(em, { email, name: a?.name ?? null, locale: a?.locale ?? "pl" }, kind, b, n, "owner", `${dedupeKey}:${email.toLowerCase()}`);
  }
}
