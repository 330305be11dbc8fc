/**
 * The one way the app writes a date or time for people. Every instant is shown in
 * Europe/Warsaw with a fixed locale tag, so the server's render and the browser's
 * hydration produce the same characters whatever either machine's own zone or language
 * is (React error #418 came from `toLocaleString()` with the machine's defaults).
 */
export const APP_TIME_ZONE = "Europe/Warsaw";

export type DateStyle =
  /** 4 gru 2026 */
  | "date"
  /** 4 grudnia 2026 */
  | "dateLong"
  /** 04.12.2026 */
  | "dateShort"
  /** 4 gru 2026, 19:05 */
  | "dateTime"
  /** 04.12.2026, 19:05 */
  | "dateShortTime"
  /** 4 grudnia 2026 19:05 */
  | "dateTimeLong"
  /** 04.12.2026, 19:05:07 */
  | "dateTimeSeconds"
  /** 19:05 */
  | "time"
  /** 19:05:07 */
  | "timeSeconds"
  /** pt., 4 grudnia 2026 */
  | "weekdayDate";

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  dateLong: { dateStyle: "long" },
  dateShort: { dateStyle: "short" },
  dateTime: { dateStyle: "medium", timeStyle: "short" },
  dateShortTime: { dateStyle: "short", timeStyle: "short" },
  dateTimeLong: { dateStyle: "long", timeStyle: "short" },
  dateTimeSeconds: { dateStyle: "short", timeStyle: "medium" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  timeSeconds: { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
  weekdayDate: { weekday: "short", day: "numeric", month: "long", year: "numeric" },
};

/** The app's locales mapped to one full tag each, never the machine's default. */
export function localeTag(locale: string | null | undefined): string {
  return locale === "en" ? "en-GB" : "pl-PL";
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(locale), { ...OPTIONS[style], timeZone: APP_TIME_ZONE });
    cache.set(key, f);
  }
  return f;
}

/** A calendar day without a time ("2027-03-01"): noon UTC is the same day in Warsaw. */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant (ISO string, Date or epoch ms) or a calendar day → text in Warsaw time; "" for nothing or garbage. */
export function formatDate(value: string | number | Date | null | undefined, locale: string, style: DateStyle = "date"): string {
  if (value === null || value === undefined || value === "") return "";
  const d = typeof value === "string" && DAY_ONLY.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(d.getTime())) return "";
  return formatter(locale, style).format(d);
}

/** `formatDate` bound to a locale (what pages and components call). */
export type DateFormatter = (value: string | number | Date | null | undefined, style?: DateStyle) => string;
export function dateFormatter(locale: string): DateFormatter {
  return (value, style) => formatDate(value, locale, style);
}

/** Today's date in Warsaw as "YYYY-MM-DD" (for min= of date inputs and day comparisons). */
/**
 * The machine-readable value of a `<time dateTime>`. Dates reach server components as Date
 * objects (in-process GraphQL) and would be sent to the browser as such, where React prints
 * them in the browser's zone — a hydration mismatch; an ISO string is the same everywhere.
 */
export function isoDateTime(value: string | number | Date): string {
  return new Date(value).toISOString();
}

export function warsawToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: APP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whether a `datetime-local` value (or any date string) is later than now: a form's check of a deadline. */
export function isFuture(value: string): boolean {
  return new Date(value).getTime() > Date.now();
}
