/** The texts of a programme page (or of its draft) that the public pages ask for. */
type Texts = { title: string; bodyHtml: string; titleEn?: string | null; bodyHtmlEn?: string | null };

/** What a page shows of a programme page; `lang` is set when the text is not in the page's language. */
export type ProgrammeText = { title: string; html: string; lang?: "pl" };

/**
 * English readers get the English version where one is published; otherwise the Polish
 * text, marked `lang="pl"` on an English page so screen readers pronounce it as Polish.
 */
export function programmeText(page: Texts, locale: string): ProgrammeText {
  if (locale === "en" && page.titleEn && page.bodyHtmlEn) return { title: page.titleEn, html: page.bodyHtmlEn };
  return { title: page.title, html: page.bodyHtml, lang: locale === "pl" ? undefined : "pl" };
}

/**
 * The body of a programme page, after a note in the page's language when the text is
 * Polish only (`note`: common.polishOnly).
 */
export function ProgrammeBody({ text, note }: { text: ProgrammeText; note: string }) {
  return (
    <>
      {text.lang && <p className="muted">{note}</p>}
      {/* Programme pages are Markdown rendered and sanitised by the server (news.markdown.ts). */}
      <div lang={text.lang} dangerouslySetInnerHTML={{ __html: text.html }} />
    </>
  );
}
