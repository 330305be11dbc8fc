import { config } from "../config";

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Absolute link into the app, for e-mails and feeds. */
export function appLink(path: string): string {
  return `${config().appUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * Wraps plain paragraphs (separated by blank lines) in the platform's simple HTML
 * e-mail layout. Text stays the source of truth; HTML is derived and escaped.
 */
export function htmlFromText(text: string, locale: "pl" | "en" = "pl"): string {
  const body = text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, "<br>").replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</p>`)
    .join("\n");
  const footer =
    locale === "en"
      ? "PES-TOR — the City of Toruń and social economy entities"
      : "PES-TOR — Gmina Miasta Toruń i podmioty ekonomii społecznej";
  return `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">${body}<hr><p style="font-size:12px;color:#555">${footer}</p></body></html>`;
}
