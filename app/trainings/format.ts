import { APP_TIME_ZONE, formatDate } from "../lib/dates";

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

/** Minutes Warsaw is ahead of UTC at `instant`. */
function warsawOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TZ,
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

/** "2027-01-19T09:00" read as Warsaw wall-clock time → ISO UTC; null when empty/malformed. */
export function warsawLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const naive = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
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
