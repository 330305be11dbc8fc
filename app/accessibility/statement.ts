/**
 * The accessibility statement (deklaracja dostępności) is edited by admins as programme
 * pages `accessibility` (Polish) and `accessibility-en` (English). Its body is Markdown:
 * first the facts as `key: value` lines (keys below, the same in both languages), then
 * `## ` sections in this order: inaccessible content, architectural accessibility of the
 * office, sign language (further sections are "additional information"). The page puts
 * them into the structure and element ids the Polish rules (ustawa o dostępności cyfrowej,
 * the ministry's template) require.
 */
export const STATEMENT_PAGE_KEY = { pl: "accessibility", en: "accessibility-en" } as const;

export const FACT_KEYS = ["podmiot", "strona", "data-publikacji", "data-aktualizacji", "status", "data-sporzadzenia", "osoba", "email", "telefon", "adres"] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** `key: value` lines before the first `## ` heading (unknown keys ignored). */
export function statementFacts(body: string): Partial<Record<FactKey, string>> {
  const head = body.split(/^##\s/m)[0] ?? "";
  const out: Partial<Record<FactKey, string>> = {};
  for (const line of head.split(/\r?\n/)) {
    const m = /^\s*([a-z-]+)\s*:\s*(.+?)\s*$/i.exec(line);
    if (m && (FACT_KEYS as readonly string[]).includes(m[1].toLowerCase())) out[m[1].toLowerCase() as FactKey] = m[2];
  }
  return out;
}

/** The rendered, sanitised body cut at its `<h2>` headings: [{ title, html }] in order. */
export function statementSections(bodyHtml: string): { title: string; html: string }[] {
  const parts = bodyHtml.split(/<h2[^>]*>/i).slice(1);
  return parts.map((p) => {
    const end = p.search(/<\/h2>/i);
    const title = (end >= 0 ? p.slice(0, end) : "").replace(/<[^>]+>/g, "").trim();
    return { title, html: end >= 0 ? p.slice(end + 5).trim() : p };
  });
}

/** "2026-12-04" when the fact is a calendar day, else null (the page then shows the text as is). */
export function isoDay(value: string | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * Where the statement lives, for the meta tag the ministry's monitoring reads: the site's
 * configured address (APP_URL, else NEXTAUTH_URL — as every e-mail link), never a Host or
 * X-Forwarded-Host the client wrote (a shared cache would keep a forged one for everyone).
 * The request's host only without either (development).
 */
export function statementUrl(h: Headers, env: Record<string, string | undefined> = process.env): string {
  const site = env.APP_URL ?? env.NEXTAUTH_URL;
  if (site) return `${site.replace(/\/+$/, "")}/accessibility`;
  const host = h.get("host") ?? "localhost";
  const proto = host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https";
  return `${proto}://${host}/accessibility`;
}
