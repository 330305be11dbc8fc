import type { NewsPost, NewsletterIssue } from "../../../entities/news";
import { appLink, htmlFromText } from "../../mail/templates";
import { plainText } from "./news.markdown";

export interface IssueMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * A newsletter issue as an e-mail: the intro, then numbered items (title, lead, link),
 * like the programme's first newsletter; the footer has the one-click unsubscribe link.
 */
export function buildIssueMail(issue: Pick<NewsletterIssue, "subject" | "intro">, posts: NewsPost[], unsubscribeUrl: string | null): IssueMail {
  const items = posts.map((p, i) => {
    const summary = p.lead ?? plainText(p.body, 300);
    return `${i + 1}. ${p.title}\n\n${summary}\nCzytaj dalej: ${appLink(`/news/${p.slug}`)}`;
  });
  const footer = unsubscribeUrl
    ? `Otrzymujesz ten newsletter, ponieważ zapisałeś(-aś) się na niego na platformie PES-TOR.\nRezygnacja jednym kliknięciem: ${unsubscribeUrl}`
    : "To jest podgląd — w wysłanym wydaniu tu będzie link do rezygnacji z subskrypcji.";
  const text = [issue.subject, issue.intro ?? "", ...items, `Archiwum newslettera: ${appLink("/newsletter/archive")}`, footer]
    .filter(Boolean)
    .join("\n\n");
  return { subject: issue.subject, text, html: htmlFromText(text) };
}

/** The confirmation e-mail of the double opt-in. */
export function buildConfirmationMail(
  confirmUrl: string,
  days: number,
  unsubscribeUrl: string,
): { subject: string; text: string; html: string } {
  const text = [
    "Dzień dobry,",
    "ktoś (prawdopodobnie Ty) poprosił o zapisanie tego adresu na newsletter platformy PES-TOR — programu współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej.",
    `Aby potwierdzić zapis, otwórz link (ważny ${days} dni):\n${confirmUrl}`,
    "Jeśli to nie Ty, zignoruj tę wiadomość — bez potwierdzenia nie wyślemy Ci niczego, a adres zostanie usunięty.",
    // The consent text promises a way out in every message, this one included.
    `Rezygnacja z subskrypcji w dowolnej chwili: ${unsubscribeUrl}`,
  ].join("\n\n");
  return { subject: "Potwierdź zapis na newsletter PES-TOR", text, html: htmlFromText(text) };
}
