import { validate } from "class-validator";
import Papa from "papaparse";
import { Field, Int, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Premises, PremisesStatus } from "../../../entities/premises";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { AppError, badInput, validationFields } from "../../errors";
import { requireUser } from "../../auth/require-user";
import { PremisesInput } from "./premises.inputs";
import { notifyDistrictFollowers } from "./premises.mail";
import { columnsFrom, withFreeCode } from "./premises.service";
import { spreadsheetText } from "../../../entities/safe-text";
import { PREMISES_CONDITION_WORDS, premisesConditionFrom, UTILITY_WORDS, utilityFrom } from "../../../entities/codes";

/**
 * The CSV columns, Polish header first, then the accepted aliases (API names). Order
 * does not matter; `;` or `,` separated (Excel in Polish writes `;`); decimal commas
 * (`45,5`) accepted; booleans tak/nie, true/false, 1/0; status in Polish or as the enum.
 * A row whose `kod` (reference number) exists updates that premises; others are created.
 * `stan` and `media` take the Polish words of entities/codes.ts (or the codes); a word
 * that matches no code is kept in `stan_uwagi` / `media_inne` rather than refused.
 */
export const CSV_COLUMNS: { key: keyof PremisesInput; names: string[] }[] = [
  { key: "code", names: ["kod", "numer", "code"] },
  { key: "address", names: ["adres", "address"] },
  { key: "district", names: ["osiedle", "district"] },
  { key: "areaM2", names: ["powierzchnia", "powierzchnia_m2", "area", "aream2"] },
  { key: "monthlyRent", names: ["czynsz", "czynsz_miesieczny", "rent", "monthlyrent"] },
  { key: "status", names: ["status"] },
  { key: "stepFree", names: ["bez_barier", "stepfree"] },
  { key: "description", names: ["opis", "description"] },
  { key: "latitude", names: ["szerokosc", "lat", "latitude"] },
  { key: "longitude", names: ["dlugosc", "lon", "lng", "longitude"] },
  { key: "floor", names: ["pietro", "floor"] },
  { key: "condition", names: ["stan", "condition"] },
  { key: "conditionNote", names: ["stan_uwagi", "conditionnote"] },
  { key: "utilities", names: ["media", "utilities"] },
  { key: "utilitiesNote", names: ["media_inne", "utilitiesnote"] },
  { key: "permittedUse", names: ["przeznaczenie", "permitteduse"] },
  { key: "availableFrom", names: ["dostepny_od", "availablefrom"] },
  { key: "preferentialRent", names: ["preferencyjny", "preferentialrent"] },
  { key: "administrator", names: ["zarzadca", "administrator"] },
  { key: "contactName", names: ["kontakt", "kontakt_imie", "contactname"] },
  { key: "contactPhone", names: ["telefon", "kontakt_telefon", "contactphone"] },
  { key: "contactEmail", names: ["email", "e-mail", "kontakt_email", "contactemail"] },
];

// The API refuses longer string arguments anyway (server/schema.ts MAX_STRING).
export const MAX_CSV_CHARS = 100_000;
export const MAX_CSV_ROWS = 5000;

const STATUS_NAMES: Record<string, PremisesStatus> = {
  dostepny: PremisesStatus.AVAILABLE,
  wolny: PremisesStatus.AVAILABLE,
  available: PremisesStatus.AVAILABLE,
  zarezerwowany: PremisesStatus.RESERVED,
  reserved: PremisesStatus.RESERVED,
  wynajety: PremisesStatus.RENTED,
  rented: PremisesStatus.RENTED,
  wycofany: PremisesStatus.WITHDRAWN,
  withdrawn: PremisesStatus.WITHDRAWN,
};

const fold = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L").toLowerCase().trim().replace(/\s+/g, "_");

@ObjectType("PremisesImportError")
export class PremisesImportError {
  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType("PremisesImportRow")
export class PremisesImportRow {
  @Field(() => Int, { description: "Line in the file (the header is line 1)" })
  line: number;

  @Field(() => String, { nullable: true, description: "CREATE or UPDATE when the row is valid" })
  action: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => [PremisesImportError])
  errors: PremisesImportError[];
}

@ObjectType("PremisesImportResult")
export class PremisesImportResult {
  @Field({ description: "True when every row is valid (and, unless dryRun, all were written)" })
  ok: boolean;

  @Field({ description: "True when the rows were written (in one transaction)" })
  imported: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => [PremisesImportRow])
  rows: PremisesImportRow[];

  @Field(() => [String], { description: "Header names that were not recognised (ignored)" })
  unknownColumns: string[];
}

function toNumber(v: string): number | string {
  const t = v.replace(/[\s\u00a0]/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : v;
}

function toBool(v: string): boolean | string {
  const t = fold(v);
  if (["tak", "t", "true", "1", "yes", "y", "x"].includes(t)) return true;
  if (["nie", "n", "false", "0", "no", ""].includes(t)) return false;
  return v;
}

const NOTE_SEPARATOR = { conditionNote: "; ", utilitiesNote: ", " } as const;

/** `text` added to a row's note, after what it holds or (`first`: the words a code column did not know) before it. */
function addToNote(out: Record<string, unknown>, note: keyof typeof NOTE_SEPARATOR, text: string, first = false): void {
  out[note] = (first ? [text, out[note]] : [out[note], text]).filter(Boolean).join(NOTE_SEPARATOR[note]);
}

/** One CSV record → a PremisesInput-shaped object (types coerced where they clearly are). */
function toInput(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(record)) {
    const v = (raw ?? "").trim();
    switch (key as keyof PremisesInput) {
      case "areaM2":
      case "monthlyRent":
      case "latitude":
      case "longitude":
      case "floor":
        out[key] = v === "" ? (key === "areaM2" || key === "monthlyRent" ? undefined : null) : toNumber(v);
        break;
      case "stepFree":
      case "preferentialRent":
        out[key] = toBool(v);
        break;
      case "status":
        out[key] = v === "" ? PremisesStatus.AVAILABLE : (STATUS_NAMES[fold(v)] ?? (v.toUpperCase() in PremisesStatus ? v.toUpperCase() : v));
        break;
      case "condition": {
        const code = v ? premisesConditionFrom(v) : null;
        out.condition = code;
        if (v && !code) addToNote(out, "conditionNote", v, true);
        break;
      }
      case "utilities": {
        const words = v.split(/[,|]/).map((u) => u.trim()).filter(Boolean);
        out.utilities = words.map(utilityFrom).filter((c) => c !== null);
        const other = words.filter((w) => !utilityFrom(w));
        if (other.length) addToNote(out, "utilitiesNote", other.join(", "), true);
        break;
      }
      case "conditionNote":
      case "utilitiesNote":
        if (v) addToNote(out, key as keyof typeof NOTE_SEPARATOR, v);
        else out[key] ??= null;
        break;
      case "availableFrom": {
        // 01.02.2027 (Polish) or 2027-02-01.
        const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
        out[key] = v === "" ? null : m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : v;
        break;
      }
      default:
        out[key] = v === "" ? (key === "address" || key === "district" ? "" : null) : v;
    }
  }
  return out;
}

/**
 * Checks a CSV of premises row by row and, unless `dryRun`, writes every row in one
 * transaction — or nothing when any row is invalid. OFFICIAL and ADMIN only (resolver).
 */
export async function importPremisesCsv(ctx: Context, csv: string, dryRun: boolean): Promise<PremisesImportResult> {
  const user = requireUser(ctx);
  if (csv.length > MAX_CSV_CHARS) throw badInput({ csv: `At most ${MAX_CSV_CHARS} characters` });
  const text = csv.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [";", ",", "\t"] });
  const table = parsed.data;
  if (!table.length || table[0].every((h) => !h.trim())) throw badInput({ csv: "The file has no header row" });
  const header = table[0].map((h) => fold(h));
  const unknownColumns: string[] = [];
  const keys = header.map((h, i) => {
    const col = CSV_COLUMNS.find((c) => c.names.includes(h) || fold(c.key) === h);
    if (!col && h) unknownColumns.push(table[0][i].trim());
    return col?.key ?? null;
  });
  for (const required of ["address", "district", "areaM2", "monthlyRent"] as const) {
    if (!keys.includes(required)) {
      const name = CSV_COLUMNS.find((c) => c.key === required)!.names[0];
      throw badInput({ csv: `Missing column "${name}"` });
    }
  }
  const dataRows = table.slice(1).map((cells, i) => ({ cells, line: i + 2 })).filter((r) => r.cells.some((c) => c.trim()));
  if (dataRows.length > MAX_CSV_ROWS) throw badInput({ csv: `At most ${MAX_CSV_ROWS} rows` });

  const rows: PremisesImportRow[] = [];
  const valid: { line: number; cols: Partial<Premises> }[] = [];
  const codesInFile = new Map<string, number>();
  for (const { cells, line } of dataRows) {
    const record: Record<string, string> = {};
    keys.forEach((k, i) => k && (record[k] = cells[i] ?? ""));
    const input = Object.assign(new PremisesInput(), toInput(record));
    const errors: PremisesImportError[] = [];
    if (cells.length !== header.length) errors.push({ field: "line", message: `Expected ${header.length} columns, found ${cells.length}` });
    const fieldErrors = validationFields(await validate(input, { forbidUnknownValues: false, validationError: { target: false, value: false } }));
    for (const [field, message] of Object.entries(fieldErrors)) errors.push({ field, message });
    let cols: Partial<Premises> | null = null;
    if (!errors.length) {
      try {
        cols = columnsFrom(input);
      } catch (err) {
        if (!(err instanceof AppError) || !err.fields) throw err;
        for (const [field, message] of Object.entries(err.fields)) errors.push({ field, message });
      }
    }
    if (input.code) {
      const first = codesInFile.get(input.code);
      if (first) errors.push({ field: "code", message: `Same reference number as line ${first}` });
      else codesInFile.set(input.code, line);
    }
    rows.push({ line, action: null, address: typeof input.address === "string" ? input.address : null, errors });
    if (!errors.length && cols) valid.push({ line, cols });
  }
  if (!rows.length) throw badInput({ csv: "The file has no data rows" });

  const ok = rows.every((r) => !r.errors.length);
  const write = ok && !dryRun;
  const run = async (em: EntityManager) => {
    const repo = em.getRepository(Premises);
    const codes = [...codesInFile.keys()];
    const existing = codes.length
      ? await repo.createQueryBuilder("p").select(["p.id", "p.code"]).where("p.code IN (:...codes)", { codes }).getMany()
      : [];
    const idByCode = new Map(existing.map((p) => [p.code!, p.id]));
    let created = 0;
    let updated = 0;
    // New available premises per district: each district's followers hear of the import once.
    const added = new Map<string, { id: string; address: string; district: string }[]>();
    for (const { line, cols } of valid) {
      const row = rows.find((r) => r.line === line)!;
      const id = cols.code ? idByCode.get(cols.code) : undefined;
      row.action = id ? "UPDATE" : "CREATE";
      if (id) updated++;
      else created++;
      if (!write) continue;
      if (id) await repo.update({ id }, cols);
      else {
        const { identifiers } = await repo.insert({ ...cols, ownerId: user.id });
        if ((cols.status === undefined || cols.status === PremisesStatus.AVAILABLE) && cols.district && cols.address) {
          const list = added.get(cols.district) ?? [];
          list.push({ id: identifiers[0].id as string, address: cols.address, district: cols.district });
          added.set(cols.district, list);
        }
      }
    }
    if (write) await audit(em, user.id, "premises.import", "Premises", null, { created, updated, rows: rows.length });
    for (const [district, list] of added) await notifyDistrictFollowers(em, { district, added: list, by: user.id });
    return { created, updated };
  };
  // Premises of a number in the file saved meanwhile by someone else: the import's CONFLICT, nothing written.
  const counts = write ? await withFreeCode(null, () => ctx.db.transaction(run)) : await run(ctx.db.manager);
  return { ok, imported: write, ...counts, rows, unknownColumns };
}

/**
 * The search as CSV (the same columns as the import, Polish headers, `;` and decimal
 * commas). Condition and utilities are written as their Polish words whatever the page
 * language: the file is the city's Polish register format and reads back through the
 * import unchanged.
 */
export function premisesToCsv(items: Premises[]): string {
  const dec = (n: number | null | undefined) => (n == null ? "" : String(n).replace(".", ","));
  const data = items.map((p) => [
    p.code ?? "",
    p.address,
    p.district,
    dec(p.areaM2),
    dec(p.monthlyRent),
    dec(p.rentPerM2),
    p.status,
    p.stepFree ? "tak" : "nie",
    p.description ?? "",
    p.latitude ?? "",
    p.longitude ?? "",
    p.floor ?? "",
    p.condition ? PREMISES_CONDITION_WORDS[p.condition][0] : "",
    p.conditionNote ?? "",
    (p.utilities ?? []).map((u) => UTILITY_WORDS[u][0]).join(", "),
    p.utilitiesNote ?? "",
    p.permittedUse ?? "",
    p.availableFrom ?? "",
    p.preferentialRent ? "tak" : "nie",
    p.administrator ?? "",
    p.contactName ?? "",
    p.contactPhone ?? "",
    p.contactEmail ?? "",
  ]);
  const fields = ["kod", "adres", "osiedle", "powierzchnia", "czynsz", "czynsz_za_m2", "status", "bez_barier", "opis", "szerokosc", "dlugosc", "pietro", "stan", "stan_uwagi", "media", "media_inne", "przeznaczenie", "dostepny_od", "preferencyjny", "zarzadca", "kontakt", "telefon", "email"];
  const safe = data.map((r) => r.map(spreadsheetText));
  return "\uFEFF" + Papa.unparse({ fields, data: safe }, { delimiter: ";" });
}
