import ExcelJS from "exceljs";
import Papa from "papaparse";
import { toCsv, toXlsx, type Sheet } from "../../../app/programme/figures/workbook";
import { csvCell, multiLine, singleLine, spreadsheetText } from "../../../entities/safe-text";
import type { Premises } from "../../../entities/premises";
import type { Training } from "../../../entities/trainings";
import { MailMessage } from "../../../entities/system";
import { enqueueMail } from "../../../server/mail/mail.service";
import { premisesToCsv } from "../../../server/modules/premises/premises.csv";
import { trainingCalendar } from "../../../server/modules/trainings/trainings.ics";
import { createTestDb, type TestDb } from "../../helpers/db";

/**
 * Issue #14, class 3: text from people written into structured formats can add no
 * structure of its own. Every format is fed the same hostile values and read back.
 */
const HOSTILE = [
  "Szkolenie\r\nUID:evil@evil.example\r\nBEGIN:VEVENT",
  "a\rb\nc\u0000d\u2028e\u000bf",
  '"quoted", with; separators \\ and "more"',
  "=HYPERLINK(\"http://evil.example\",\"klik\")",
  "+48 600 100 200",
  "-1+2",
  "@SUM(A1:A3)",
  "\t=1+1",
  "\r=1+1",
];
const FORMULA = /^[=+\-@\t\r]/;

describe("one line, no controls", () => {
  it.each(HOSTILE)("singleLine(%j) has no control character and no line break", (v) => {
    expect(singleLine(v)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });
  it("multiLine keeps line breaks (as \\n) and drops every other control", () => {
    expect(multiLine("a\r\nb\rc\u0000d\te")).toBe("a\nb\nc d\te");
  });
});

describe("spreadsheet cells", () => {
  it.each(HOSTILE)("a text cell %j never starts like a formula", (v) => {
    expect(String(spreadsheetText(v))).not.toMatch(FORMULA);
  });
  it("numbers and dates stay what they are (a negative amount is no formula)", () => {
    expect(spreadsheetText(-12.5)).toBe(-12.5);
    const d = new Date();
    expect(spreadsheetText(d)).toBe(d);
  });
  it("a CSV row of hostile cells parses back to as many cells, each the neutralised text", () => {
    const line = HOSTILE.map(csvCell).join(";");
    const parsed = Papa.parse<string[]>(line, { delimiter: ";" });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0]).toEqual(HOSTILE.map((v) => String(spreadsheetText(v))));
  });
});

describe("iCalendar", () => {
  const training = (title: string) =>
    ({
      id: "6f1c1f0e-6a3e-4a57-9d4f-2f0d6d7f8a10",
      title,
      description: `Opis\r\nATTENDEE:mailto:evil@evil.example\u0000`,
      venue: "Sala\r\nLOCATION:evil",
      address: "ul. Wały gen. Sikorskiego 8; Toruń",
      startsAt: new Date("2030-05-01T08:00:00Z"),
      endsAt: new Date("2030-05-01T12:00:00Z"),
      updatedAt: new Date("2030-01-01T00:00:00Z"),
      cancelledAt: null,
      topics: ["klauzule\r\nX-EVIL:1"],
    }) as unknown as Training;

  it.each(HOSTILE)("a training titled %j gives exactly one event with no injected property", (title) => {
    const ics = trainingCalendar([training(title)], { name: title });
    const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n"); // unfolded content lines
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("UID:"))).toHaveLength(1);
    expect(lines.some((l) => /^(ATTENDEE|X-EVIL|LOCATION:evil)/.test(l))).toBe(false);
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/);
    const summary = lines.find((l) => l.startsWith("SUMMARY:"))!;
    expect(summary).not.toMatch(/\\n/); // the title stays one line in the calendar too
  });
});

describe("exports", () => {
  it("the premises CSV keeps every column and neutralises formula-looking text", () => {
    const p = {
      id: "6f1c1f0e-6a3e-4a57-9d4f-2f0d6d7f8a11",
      address: "=HYPERLINK(\"http://evil.example\")",
      district: "Mokre",
      areaM2: 40,
      monthlyRent: 800,
      rentPerM2: 20,
      status: "AVAILABLE",
      stepFree: false,
      description: "@SUM(1)\r\nnext;line",
      contactName: "+48 evil",
    } as unknown as Premises;
    const csv = premisesToCsv([p]).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(csv, { delimiter: ";" });
    const [header, row] = parsed.data;
    expect(row).toHaveLength(header.length);
    for (const cell of row) expect(cell).not.toMatch(FORMULA);
    expect(row).toContain("'=HYPERLINK(\"http://evil.example\")");
  });

  const sheets: Sheet[] = [{ name: "Test", title: "=cmd|' /C calc'!A0", headers: ["@h", "liczba"], rows: HOSTILE.map((v, i) => [v, -i]) }];

  it("the figures CSV neutralises text, keeps numbers", () => {
    const rows = Papa.parse<string[]>(toCsv(sheets).replace(/^\uFEFF/, "")).data.filter((r) => r.length > 1 || r[0]);
    for (const r of rows) expect(r[0]).not.toMatch(FORMULA);
    expect(rows.at(-1)![1]).toBe(String(-(HOSTILE.length - 1)));
  });

  it("the figures XLSX has no formula cell and no formula-looking text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(sheets, "Test")) as unknown as ArrayBuffer);
    let texts = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") {
            texts++;
            expect(cell.value).not.toMatch(FORMULA);
          }
        }),
      ),
    );
    expect(texts).toBeGreaterThan(HOSTILE.length);
  });
});

describe("e-mail headers", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.drop());

  it("subject, extra headers and attachment names are stored as one line each", async () => {
    await db.ds.transaction((em) =>
      enqueueMail(em, {
        to: "osoba@example.org",
        subject: "Potwierdzenie: Szkolenie\r\nBcc: victim@evil.example",
        text: "Treść",
        template: "test.injection",
        headers: { "X-Training": "a\r\nBcc: victim@evil.example" },
        attachments: [{ filename: "zaproszenie\r\n.ics", contentType: "text/calendar", content: "" }],
      }),
    );
    const [m] = await db.ds.getRepository(MailMessage).find({ where: { template: "test.injection" } });
    const values = [m.subject, ...Object.keys(m.headers), ...Object.values(m.headers), ...m.attachments.map((a) => a.filename)];
    for (const v of values) expect(v).not.toMatch(/[\r\n\u0000]/);
    expect(m.subject).toBe("Potwierdzenie: Szkolenie Bcc: victim@evil.example");
  });
});
