import { execFileSync } from "node:child_process";
import path from "node:path";
import { formatDate, isFuture, warsawToday } from "../../../app/lib/dates";

const ROOT = path.resolve(__dirname, "../../..");
/** Formats in a fresh Node process with the given machine time zone (what a server in another zone, or a browser, would do). */
function formatIn(tz: string, value: string, locale: string, style: string): string {
  const script = `
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
    const { formatDate } = require(${JSON.stringify(path.join(ROOT, "app/lib/dates.ts"))});
    process.stdout.write(formatDate(${JSON.stringify(value)}, ${JSON.stringify(locale)}, ${JSON.stringify(style)}));`;
  return execFileSync(process.execPath, ["-e", script], { env: { ...process.env, TZ: tz, LANG: tz === "UTC" ? "en_US.UTF-8" : "ja_JP.UTF-8" }, cwd: ROOT }).toString();
}

describe("formatDate (one formatter for every date, Europe/Warsaw)", () => {
  it("writes an instant in Warsaw time, whatever the zone of the machine", () => {
    // 23:30 UTC on 31 Dec is already 1 January in Warsaw (CET, +1).
    const iso = "2026-12-31T23:30:00.000Z";
    const utc = formatIn("UTC", iso, "pl", "dateTime");
    const ny = formatIn("America/New_York", iso, "pl", "dateTime");
    const tokyo = formatIn("Asia/Tokyo", iso, "pl", "dateTime");
    expect(utc).toBe(ny);
    expect(utc).toBe(tokyo);
    expect(utc).toContain("1 sty 2027");
    expect(utc).toContain("00:30");
    expect(formatIn("America/New_York", iso, "en", "dateTimeLong")).toBe(formatIn("UTC", iso, "en", "dateTimeLong"));
  });

  it("uses summer time in summer", () => {
    expect(formatDate("2027-07-01T10:00:00Z", "pl", "time")).toBe("12:00");
    expect(formatDate("2027-01-01T10:00:00Z", "pl", "time")).toBe("11:00");
  });

  it("reads a calendar day as that day", () => {
    expect(formatIn("Pacific/Honolulu", "2027-03-01", "pl", "dateLong")).toBe("1 marca 2027");
    expect(formatIn("Pacific/Kiritimati", "2027-03-01", "en", "dateLong")).toBe("1 March 2027");
  });

  it("returns an empty string for nothing or garbage instead of throwing", () => {
    expect(formatDate(null, "pl")).toBe("");
    expect(formatDate("", "pl")).toBe("");
    expect(formatDate("not a date", "pl")).toBe("");
  });

  it("gives today's Warsaw date", () => {
    expect(warsawToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("isFuture (a form's check of a deadline)", () => {
  afterEach(() => jest.useRealTimers());
  it("is true only for a moment after now", () => {
    jest.useFakeTimers({ now: new Date("2026-03-01T12:00:00Z") });
    expect(isFuture("2026-03-01T12:01:00Z")).toBe(true);
    expect(isFuture("2026-03-01T11:59:00Z")).toBe(false);
    expect(isFuture("not a date")).toBe(false);
  });
});
