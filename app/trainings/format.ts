import { APP_TIME_ZONE, formatDate } from "../lib/dates";

// Kept here for the forms that import them from the trainings; they live in app/lib/dates.ts.
export { isoToWarsawLocal, warsawLocalToIso } from "../lib/dates";

/** Times are stored in UTC and shown in Warsaw time, whatever the server's zone. */
export const TZ = APP_TIME_ZONE;

export function formatRange(startsAt: string, endsAt: string, locale: string): string {
  const day = (iso: string) => formatDate(iso, locale, "weekdayDate");
  const time = (iso: string) => formatDate(iso, locale, "time");
  return day(startsAt) === day(endsAt)
    ? `${day(startsAt)}, ${time(startsAt)}–${time(endsAt)}`
    : `${day(startsAt)}, ${time(startsAt)} – ${day(endsAt)}, ${time(endsAt)}`;
}

export function formatDateTime(iso: string, locale: string): string {
  return formatDate(iso, locale, "dateTime");
}

/** "2027-03" → [start, end) of that month in Warsaw time, as ISO strings; null when malformed. */
export function monthRange(month: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  return { from: warsawMidnight(y, mo, 1), to: mo === 12 ? warsawMidnight(y + 1, 1, 1) : warsawMidnight(y, mo + 1, 1) };
}

/** UTC instant of 00:00 Warsaw time on a date (CET/CEST found by asking Intl). */
function warsawMidnight(y: number, m: number, d: number): string {
  const guess = Date.UTC(y, m - 1, d);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: TZ, hour: "2-digit", hourCycle: "h23" }).formatToParts(new Date(guess));
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  // At 00:00 UTC Warsaw shows 01:00 (CET) or 02:00 (CEST); midnight there is that many hours earlier.
  return new Date(guess - hour * 3600_000).toISOString();
}
