import { execFileSync } from "node:child_process";
import path from "node:path";
import { formatDate, isFuture, warsawToday } from "../../../app/lib/dates";

const ROOT = path.resolve(__dirname, "../../..");
/** Runs `code` (with `dates`, the module) in a fresh Node process with the given machine time zone: what a server in another zone, or a browser, would do. */
function runIn(tz: string, code: string): string {
  const script = `
    require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
    const dates = require(${JSON.stringify(path.join(ROOT, "app/lib/dates.ts"))});
    ${code}`;
  return execFileSync(process.execPath, ["-e", script], { env: { ...process.env, TZ: tz, LANG: tz === "UTC" ? "en_US.UTF-8" : "ja_JP.UTF-8" }, cwd: ROOT }).toString();
}
function formatIn(tz: string, value: string, locale: string, style: string): string {
  return runIn(tz, `process.stdout.write(dates.formatDate(${JSON.stringify(value)}, ${JSON.stringify(locale)}, ${JSON.stringify(style)}));`);
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

describe("a datetime-local value is Warsaw wall time, whatever the browser's zone", () => {
  /**
   * In a browser in New York (one process, so the slow start is paid once): the machine's
   * offset, `warsawLocalToIso` of each value, and `isFuture` of each value at each `now`.
   */
  const checks: Record<string, { values: string[] }> = {
    // 13:00 in Warsaw, 07:00 in New York.
    "2026-03-01T12:00:00Z": { values: ["2026-03-01T13:01", "2026-03-01T12:59", "2026-03-01T08:00"] },
    // 03:30 CEST, half an hour after summer time began (02:00 CET became 03:00 CEST at 01:00 UTC).
    "2026-03-29T01:30:00Z": { values: ["2026-03-29T03:45", "2026-03-29T03:15", "2026-03-29T01:45"] },
    // 02:30 CEST, half an hour before summer time ends (03:00 CEST becomes 02:00 CET at 01:00 UTC).
    "2026-10-25T00:30:00Z": { values: ["2026-10-25T02:45", "2026-10-25T01:45"] },
  };
  const locals = ["2026-01-15T09:00", "2026-07-01T12:00:30", "2026-03-29T01:59", "2026-03-29T03:00", "2026-10-25T01:59", "2026-10-25T03:00", "2026-10-25"];
  let inNewYork: { offset: number; iso: Record<string, string | null>; future: Record<string, Record<string, boolean>> };
  beforeAll(() => {
    inNewYork = JSON.parse(
      runIn(
        "America/New_York",
        `const checks = ${JSON.stringify(checks)};
        const future = {};
        for (const [now, { values }] of Object.entries(checks)) {
          Date.now = () => Date.parse(now);
          future[now] = Object.fromEntries(values.map((v) => [v, dates.isFuture(v)]));
        }
        const iso = Object.fromEntries(${JSON.stringify(locals)}.map((v) => [v, dates.warsawLocalToIso(v)]));
        process.stdout.write(JSON.stringify({ offset: new Date(2026, 0, 1, 12).getTimezoneOffset(), iso, future }));`,
      ),
    );
  }, 30_000);

  it("runs in a zone other than Warsaw's (else the rest proves nothing)", () => {
    expect(inNewYork.offset).toBe(300);
  });

  it("reads the value in Warsaw time, in winter, in summer and on both sides of each DST change", () => {
    expect(inNewYork.iso).toEqual({
      "2026-01-15T09:00": "2026-01-15T08:00:00.000Z",
      "2026-07-01T12:00:30": "2026-07-01T10:00:30.000Z",
      "2026-03-29T01:59": "2026-03-29T00:59:00.000Z",
      "2026-03-29T03:00": "2026-03-29T01:00:00.000Z",
      "2026-10-25T01:59": "2026-10-24T23:59:00.000Z",
      "2026-10-25T03:00": "2026-10-25T02:00:00.000Z",
      "2026-10-25": null,
    });
  });

  it("checks a deadline against now in Warsaw time", () => {
    expect(inNewYork.future["2026-03-01T12:00:00Z"]).toEqual({ "2026-03-01T13:01": true, "2026-03-01T12:59": false, "2026-03-01T08:00": false });
  });

  it("checks a deadline on the nights summer time starts and ends", () => {
    expect(inNewYork.future["2026-03-29T01:30:00Z"]).toEqual({ "2026-03-29T03:45": true, "2026-03-29T03:15": false, "2026-03-29T01:45": false });
    expect(inNewYork.future["2026-10-25T00:30:00Z"]).toEqual({ "2026-10-25T02:45": true, "2026-10-25T01:45": false });
  });
});
