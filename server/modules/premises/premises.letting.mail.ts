import type { EntityManager } from "typeorm";
import type { Premises, PremisesLettingApplication, PremisesLettingRound } from "../../../entities/premises";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";

/*
 * The e-mails of letting rounds, queued in the caller's transaction: the applicant's
 * receipt, and the decision to every applicant (chosen or not; the result is public anyway,
 * the other applications stay sealed — no rival's name or rent is ever in a mail).
 */

type Place = Pick<Premises, "id" | "address" | "district">;
interface Applicant {
  applicationId: string;
  email: string;
  name: string;
  locale: string;
}

const money = (n: number, en: boolean) => new Intl.NumberFormat(en ? "en-GB" : "pl-PL", { style: "currency", currency: "PLN" }).format(n);
const hello = (name: string, en: boolean) => (en ? `Hello ${name},` : `Dzień dobry ${name},`);

async function send(em: EntityManager, to: Applicant, subject: string, lines: string[], template: string, dedupeKey: string): Promise<void> {
  const en = to.locale === "en";
  const text = [hello(to.name, en), ...lines].join("\n\n");
  await enqueueTextMail(em, { to: to.email, subject, text, locale: en ? "en" : "pl", template, dedupeKey });
}

/** The applicant's receipt: what they proposed, and that the application is sealed until the deadline. */
export async function mailLettingApplicationReceived(
  em: EntityManager,
  a: { application: PremisesLettingApplication; round: PremisesLettingRound; premises: Place; to: Omit<Applicant, "applicationId"> },
): Promise<void> {
  const en = a.to.locale === "en";
  const deadline = a.round.deadline.toLocaleString(en ? "en-GB" : "pl-PL", { timeZone: "Europe/Warsaw", dateStyle: "long", timeStyle: "short" });
  const rent = money(a.application.proposedRent, en);
  await send(
    em,
    { ...a.to, applicationId: a.application.id },
    en ? `Application received: ${a.premises.address}` : `Przyjęto zgłoszenie: ${a.premises.address}`,
    [
      en
        ? `Your organisation's application in the letting round for ${a.premises.address} (${a.premises.district}) has been received: proposed rent ${rent} a month. Nobody else sees it before the deadline (${deadline}).`
        : `Przyjęliśmy zgłoszenie Twojej organizacji w naborze na lokal ${a.premises.address} (${a.premises.district}): proponowany czynsz ${rent} miesięcznie. Do terminu (${deadline}) nikt inny go nie widzi.`,
      `${en ? "The premises" : "Lokal"}: ${appLink(`/premises/${a.premises.id}`)}`,
    ],
    "premises.letting.received",
    `letting-application:${a.application.id}:received`,
  );
}

/** Every applicant of a decided round, once: chosen, not chosen, or the round closed without a choice. */
export async function mailLettingRoundDecided(em: EntityManager, round: PremisesLettingRound, premises: Place, result: { organizationName: string; rent: number } | null): Promise<void> {
  const applicants: Applicant[] = await em.query(
    `SELECT a.id AS "applicationId", u.email, u.name, u.locale
       FROM premises_letting_applications a JOIN users u ON u.id = a.user_id AND u.deleted_at IS NULL
      WHERE a.round_id = $1`,
    [round.id],
  );
  for (const to of applicants) {
    const en = to.locale === "en";
    const chosen = round.awardedApplicationId === to.applicationId;
    const outcome = !result
      ? en
        ? `The letting round for ${premises.address} was closed without a choice.`
        : `Nabór na lokal ${premises.address} zamknięto bez wyboru.`
      : chosen
        ? en
          ? `Your organisation's application for ${premises.address} was chosen (rent ${money(result.rent, true)} a month). The official in charge will contact you about the lease.`
          : `Wybrano zgłoszenie Twojej organizacji na lokal ${premises.address} (czynsz ${money(result.rent, false)} miesięcznie). Urzędnik prowadzący skontaktuje się w sprawie umowy najmu.`
        : en
          ? `Another application was chosen in the letting round for ${premises.address}: ${result.organizationName}, ${money(result.rent, true)} a month. Thank you for applying.`
          : `W naborze na lokal ${premises.address} wybrano inne zgłoszenie: ${result.organizationName}, ${money(result.rent, false)} miesięcznie. Dziękujemy za udział.`;
    await send(
      em,
      to,
      en ? `Letting round decided: ${premises.address}` : `Rozstrzygnięcie naboru: ${premises.address}`,
      [outcome, `${en ? "The premises" : "Lokal"}: ${appLink(`/premises/${premises.id}`)}`],
      chosen ? "premises.letting.chosen" : "premises.letting.decided",
      `letting-round:${round.id}:${to.applicationId}`,
    );
  }
}
