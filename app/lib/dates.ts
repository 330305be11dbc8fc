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

/**
 * The machine-readable value of a `<time dateTime>`. Dates reach server components as Date
 * objects (in-process GraphQL) and would be sent to the browser as such, where React prints
 * them in the browser's zone — a hydration mismatch; an ISO string is the same everywhere.
 */
export function isoDateTime(value: string | number | Date): string {
  return new Date(value).toISOString();
}

/** Today's date in Warsaw as "YYYY-MM-DD" (for min= of date inputs and day comparisons). */
export function warsawToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: APP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Minutes Warsaw is ahead of UTC at `instant`. */
function warsawOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: APP_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * "2027-01-19T09:00" (a `datetime-local` value, seconds optional) read as Warsaw wall-clock
 * time → ISO UTC; null when empty/malformed. The browser's own zone plays no part: the
 * forms say "Polish time" and the server decides deadlines by the instant this gives.
 */
export function warsawLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const naive = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  // Two passes settle the offset across a DST change.
  let utc = naive - warsawOffsetMinutes(naive) * 60_000;
  utc = naive - warsawOffsetMinutes(utc) * 60_000;
  return new Date(utc).toISOString();
}

/** ISO instant → "YYYY-MM-DDTHH:mm" in Warsaw time, for <input type="datetime-local">. */
export function isoToWarsawLocal(iso: string | null | undefined): string {
  if (!iso) return "";
  const t = new Date(iso).getTime();
  const d = new Date(t + warsawOffsetMinutes(t) * 60_000);
  return d.toISOString().slice(0, 16);
}

/**
 * A deadline field's value as an instant (epoch ms; NaN for garbage). A `datetime-local`
 * value is Warsaw wall time, as the form says and the server reads it, not the browser's;
 * a string with its own offset is that instant.
 */
export function warsawInstant(value: string): number {
  return new Date(warsawLocalToIso(value) ?? value).getTime();
}

/** Whether a deadline field's value (see `warsawInstant`) is later than now: a form's check before the server's. */
export function isFuture(value: string): boolean {
  return warsawInstant(value) > Date.now();
}
