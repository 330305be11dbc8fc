/**
 * Text written into structured formats — iCalendar, CSV/XLSX, e-mail headers, file
 * names — must never be able to add structure of its own: a line break in a training
 * title must not start a new calendar property, a cell must not become a formula. One
 * module, decorator-free, so that server code and the app's export routes share it.
 */

// C0 controls (with CR, LF, TAB, NUL), DEL and C1 controls, and the Unicode line and
// paragraph separators, which some parsers also take for line breaks.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROLS_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of text: every control character (CR, LF, NUL, TAB …) becomes a space, runs of spaces one. */
export function singleLine(value: string): string {
  return value.replace(CONTROLS, " ").replace(/ {2,}/g, " ").trim();
}

/** Free text that may keep its line breaks (normalised to \n) and tabs, without any other control character. */
export function multiLine(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_NEWLINE_AND_TAB, " ");
}

/** A text cell starting like this would be read by a spreadsheet as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text value safe for a spreadsheet cell (CSV or XLSX): a leading apostrophe keeps a
 * formula-looking text as text. Numbers, dates and empty values pass unchanged — only
 * text can carry a formula, and a negative amount must stay a number.
 */
export function spreadsheetText<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV cell, always quoted (so `,`, `;`, quotes and line breaks stay inside it), formula-safe. */
export function csvCell(value: unknown): string {
  const v = spreadsheetText(value);
  const s = v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : String(v);
  return `"${s.replace(/"/g, '""')}"`;
}
