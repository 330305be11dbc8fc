import type { EntityManager } from "typeorm";
import type { Demand } from "../../../entities/marketplace";
import { NotificationKind } from "../../../entities/notifications";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { notify } from "../notifications/notify";

/**
 * The addresses of everyone who offered on a demand: the person who sent (or last
 * replaced) each offer and the organisation's own address.
 */
export async function offererAddresses(em: EntityManager, demandId: string): Promise<string[]> {
  const rows: { person: string | null; org: string | null }[] = await em.query(
    `SELECT u.email AS person, org.email AS org
       FROM offers o
       LEFT JOIN users u ON u.id = o.submitted_by_id AND u.deleted_at IS NULL
       LEFT JOIN organizations org ON org.id = o.organization_id
      WHERE o.demand_id = $1`,
    [demandId],
  );
  return rows.flatMap((r) => [r.person, r.org]).filter((e): e is string => !!e);
}

/** The addresses of the people who follow the demand's category. */
export async function categorySubscriberAddresses(em: EntityManager, category: string | null): Promise<string[]> {
  if (!category) return [];
  const rows: { email: string }[] = await em.query(
    `SELECT u.email FROM demand_subscriptions s JOIN users u ON u.id = s.user_id WHERE s.category = $1 AND u.deleted_at IS NULL`,
    [category],
  );
  return rows.map((r) => r.email);
}

const unique = (list: string[]) => [...new Set(list.map((e) => e.trim().toLowerCase()).filter(Boolean))];

/*
 * An answer goes to every bidder at once (offered, following the category, or the asker
 * — whose identity the text never names). One message per address and answer.
 */
/**
 * A published answer: to the asker through the notification centre (list, and e-mail by
 * their preference), and as before by e-mail to the offerers and the category's
 * subscribers (lists of addresses, not people's events), the asker's address left out there.
 */
export async function mailAnswer(em: EntityManager, demand: Demand, questionId: string, question: string, answer: string, asker: { id: string; email: string } | null) {
  const to = unique([...(await offererAddresses(em, demand.id)), ...(await categorySubscriberAddresses(em, demand.category))]).filter(
    (address) => address !== asker?.email.toLowerCase(),
  );
  const text =
    `Dzień dobry,\n\nw zapotrzebowaniu „${demand.title}” opublikowano odpowiedź na pytanie.\n\n` +
    `Pytanie: ${question}\n\nOdpowiedź: ${answer}\n\n${appLink(`/marketplace/demands/${demand.id}#questions`)}\n\n` +
    `— English: an answer to a question about "${demand.title}" was published (link above).`;
  const subject = `Odpowiedź na pytanie: ${demand.title}`;
  if (asker) {
    await notify(em, {
      userId: asker.id,
      kind: NotificationKind.DEMAND_QUESTION_ANSWER,
      texts: { pl: { subject, text }, en: { subject: `Answer to a question: ${demand.title}`, text } },
      link: `/marketplace/demands/${demand.id}#questions`,
      template: "marketplace.demand-answer",
      dedupeKey: `demand-question:${questionId}:answer:${asker.email.toLowerCase()}`,
    });
  }
  for (const address of to) {
    await enqueueTextMail(em, {
      to: address,
      subject,
      text,
      template: "marketplace.demand-answer",
      dedupeKey: `demand-question:${questionId}:answer:${address}`,
    });
  }
}

/** The posting official learns that a question waits for an answer (the asker is not named). */
export async function mailQuestionToOfficial(em: EntityManager, demand: Demand, questionId: string, officialEmail: string | null) {
  if (!officialEmail) return;
  const text = `Dzień dobry,\n\nwpłynęło pytanie do zapotrzebowania „${demand.title}”. Odpowiedź zobaczą wszyscy.\n\n${appLink(`/marketplace/demands/${demand.id}#questions`)}`;
  await enqueueTextMail(em, {
    to: officialEmail,
    subject: `Nowe pytanie: ${demand.title}`,
    text,
    template: "marketplace.demand-question",
    dedupeKey: `demand-question:${questionId}:asked`,
  });
}

/** Those who already offered learn of a change and that they may replace their offer. */
export async function mailAmendment(em: EntityManager, demand: Demand, amendmentId: string, note: string) {
  const text =
    `Dzień dobry,\n\nzapotrzebowanie „${demand.title}”, na które złożono ofertę, zostało zmienione.\n\n` +
    `Zmiana: ${note}\n\nMożesz zastąpić swoją ofertę do terminu składania ofert:\n${appLink(`/marketplace/demands/${demand.id}#amendments`)}\n\n` +
    `— English: the demand "${demand.title}" you offered on was changed; you may replace your offer before the deadline.`;
  for (const address of unique(await offererAddresses(em, demand.id))) {
    await enqueueTextMail(em, {
      to: address,
      subject: `Zmiana zapotrzebowania: ${demand.title}`,
      text,
      template: "marketplace.demand-amended",
      dedupeKey: `demand-amendment:${amendmentId}:${address}`,
    });
  }
}
