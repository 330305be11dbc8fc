import type { NewsPost, NewsletterIssue } from "../../../entities/news";
import { appLink, htmlFromText } from "../../mail/templates";
import type { Locale } from "../../../entities/locales";
import { plainText } from "./news.markdown";

export interface IssueMail {
  subject: string;
  text: string;
  html: string;
}

/** Any stored locale as one the mails are written in. */

/** The fixed words of the newsletter's e-mails; the posts themselves stay as written (Polish). */
const CHROME = {
  pl: {
    readMore: "Czytaj dalej",
    archive: "Archiwum newslettera",
    footer: (url: string) =>
      `Otrzymujesz ten newsletter, ponieważ zapisałeś(-aś) się na niego na platformie PES-TOR.\nRezygnacja jednym kliknięciem: ${url}`,
    previewFooter: "To jest podgląd — w wysłanym wydaniu tu będzie link do rezygnacji z subskrypcji.",
    confirmSubject: "Potwierdź zapis na newsletter PES-TOR",
    confirm: (confirmUrl: string, days: number, unsubscribeUrl: string) => [
      "Dzień dobry,",
      "ktoś (prawdopodobnie Ty) poprosił o zapisanie tego adresu na newsletter platformy PES-TOR — programu współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej.",
      `Aby potwierdzić zapis, otwórz link (ważny ${days} dni):\n${confirmUrl}`,
      "Jeśli to nie Ty, zignoruj tę wiadomość — bez potwierdzenia nie wyślemy Ci niczego, a adres zostanie usunięty.",
      `Rezygnacja z subskrypcji w dowolnej chwili: ${unsubscribeUrl}`,
    ],
  },
  en: {
    readMore: "Read more",
    archive: "Newsletter archive",
    footer: (url: string) =>
      `You receive this newsletter because you subscribed to it on the PES-TOR platform.\nUnsubscribe with one click: ${url}`,
    previewFooter: "This is a preview — the sent issue will have the unsubscribe link here.",
    confirmSubject: "Confirm your subscription to the PES-TOR newsletter",
    confirm: (confirmUrl: string, days: number, unsubscribeUrl: string) => [
      "Hello,",
      "someone (probably you) asked to subscribe this address to the newsletter of the PES-TOR platform — the City of Toruń's programme of cooperation with social economy entities.",
      `To confirm, open this link (valid for ${days} days):\n${confirmUrl}`,
      "If it was not you, ignore this message — without confirmation we send you nothing, and the address will be deleted.",
      `Unsubscribe at any time: ${unsubscribeUrl}`,
    ],
  },
} as const;

/**
 * A newsletter issue as an e-mail: the intro, then numbered items (title, lead, link),
 * like the programme's first newsletter; the footer has the one-click unsubscribe link.
 * English subscribers get the English subject/intro when the admin gave them, and the
 * English chrome always; posts written only in Polish stay Polish.
 */
export function buildIssueMail(
  issue: Pick<NewsletterIssue, "subject" | "intro"> & Partial<Pick<NewsletterIssue, "subjectEn" | "introEn">>,
  posts: NewsPost[],
  unsubscribeUrl: string | null,
  locale: Locale = "pl",
): IssueMail {
  const c = CHROME[locale];
  const subject = (locale === "en" && issue.subjectEn) || issue.subject;
  const intro = (locale === "en" && issue.introEn) || issue.intro || "";
  const items = posts.map((p, i) => {
    const summary = p.lead ?? plainText(p.body, 300);
    return `${i + 1}. ${p.title}\n\n${summary}\n${c.readMore}: ${appLink(`/news/${p.slug}`)}`;
  });
  const footer = unsubscribeUrl ? c.footer(unsubscribeUrl) : c.previewFooter;
  const text = [subject, intro, ...items, `${c.archive}: ${appLink("/newsletter/archive")}`, footer].filter(Boolean).join("\n\n");
  return { subject, text, html: htmlFromText(text, locale) };
}

/** The confirmation e-mail of the double opt-in, in the subscriber's language. */
export function buildConfirmationMail(
  confirmUrl: string,
  days: number,
  unsubscribeUrl: string,
  locale: Locale = "pl",
): { subject: string; text: string; html: string } {
  // The consent text promises a way out in every message, this one included.
  const text = CHROME[locale].confirm(confirmUrl, days, unsubscribeUrl).join("\n\n");
  return { subject: CHROME[locale].confirmSubject, text, html: htmlFromText(text, locale) };
}
