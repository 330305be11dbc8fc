import Papa from "papaparse";
import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";

let db: TestDb;
let official: User, pes: User;
beforeAll(async () => {
  db = await createTestDb();
  official = await createUser(db.ds, { role: Role.OFFICIAL });
  pes = (await createPesMember(db.ds)).user;
});
afterAll(() => db.drop());

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) { importPremisesCsv(csv: $csv, dryRun: $dryRun) {
  ok imported created updated unknownColumns rows { line action address errors { field message } } } }`;
const count = () => db.ds.getRepository(Premises).count();

const GOOD = [
  "kod;adres;osiedle;powierzchnia;czynsz;status;bez_barier;opis;szerokość;długość;piętro;media;dostępny_od;preferencyjny;uwagi",
  'CSV/1;ul. Łazienna 3;Stare Miasto;45,5;1 820,00;dostępny;tak;"Lokal; z witryną";53,0101;18,6071;0;prąd, woda;01.02.2027;tak;x',
  "CSV/2;ul. Lubicka 10;Bielawy;120;2400;zarezerwowany;nie;;;;1;;2027-03-01;nie;",
].join("\r\n");

describe("importPremisesCsv", () => {
  it("premises of a number in the file saved by someone else during the import: CONFLICT, and nothing of the file is written", async () => {
    const file = GOOD.replaceAll("CSV/", "RACE/");
    // Saved but not committed when the import looks for the numbers it will update.
    const late = await afterOtherCommits(
      db.ds,
      (other) => other.query(`INSERT INTO premises (code, address, district, area_m2, monthly_rent) VALUES ('RACE/2', 'ul. Lubicka 10', 'Bielawy', 120, 2400)`),
      () => gql(db.ds, IMPORT, { csv: file, dryRun: false }, official.id),
    );
    expect(errorCode(late)).toBe("CONFLICT");
    expect(await db.ds.query(`SELECT code FROM premises WHERE code LIKE 'RACE/%'`)).toEqual([{ code: "RACE/2" }]);
    await db.ds.query(`DELETE FROM premises WHERE code LIKE 'RACE/%'`);
  });

  it("checks a file without writing on a dry run, accepting ; and decimal commas", async () => {
    const r = ok(await gql(db.ds, IMPORT, { csv: GOOD }, official.id)).importPremisesCsv;
    expect(r).toMatchObject({ ok: true, imported: false, created: 2, updated: 0, unknownColumns: ["uwagi"] });
    expect(r.rows.map((x: any) => [x.line, x.action, x.errors])).toEqual([[2, "CREATE", []], [3, "CREATE", []]]);
    expect(await count()).toBe(0);
  });

  it("dryRun: null is a dry run, as when left out (null does not take the default, so the resolver must): nothing written", async () => {
    const r = ok(await gql(db.ds, IMPORT, { csv: GOOD.replaceAll("CSV/", "NULL/"), dryRun: null }, official.id)).importPremisesCsv;
    expect(r).toMatchObject({ ok: true, imported: false, created: 2 });
    expect(await db.ds.query(`SELECT code FROM premises WHERE code LIKE 'NULL/%'`)).toEqual([]);
  });

  it("imports every row in one go, then updates by reference number", async () => {
    const r = ok(await gql(db.ds, IMPORT, { csv: GOOD, dryRun: false }, official.id)).importPremisesCsv;
    expect(r).toMatchObject({ ok: true, imported: true, created: 2 });
    const p = await db.ds.getRepository(Premises).findOneByOrFail({ code: "CSV/1" });
    expect(p).toMatchObject({ areaM2: 45.5, monthlyRent: 1820, rentPerM2: 40, status: "AVAILABLE", stepFree: true, description: "Lokal; z witryną", floor: 0, utilities: ["ELECTRICITY", "WATER"], availableFrom: "2027-02-01", preferentialRent: true, ownerId: official.id });
    expect(p.latitude).toBeCloseTo(53.0101);
    const again = ok(await gql(db.ds, IMPORT, { csv: GOOD.replace("1 820,00", "2000"), dryRun: false }, official.id)).importPremisesCsv;
    expect(again).toMatchObject({ created: 0, updated: 2 });
    expect((await db.ds.getRepository(Premises).findOneByOrFail({ code: "CSV/1" })).monthlyRent).toBe(2000);
    expect(await count()).toBe(2);
  });

  it("imports nothing when one row is broken and names its line and field", async () => {
    const before = await count();
    const csv = [
      "adres,osiedle,powierzchnia,czynsz",
      "ul. Dobra 1,Mokre,50,1000",
      "ul. Zła 2,Atlantyda,-5,abc",
      "ul. Dobra 3,Mokre,60,1200",
    ].join("\n");
    const r = ok(await gql(db.ds, IMPORT, { csv, dryRun: false }, official.id)).importPremisesCsv;
    expect(r.ok).toBe(false);
    expect(r.imported).toBe(false);
    const bad = r.rows.find((x: any) => x.line === 3);
    expect(bad.errors.map((e: any) => e.field).sort()).toEqual(["areaM2", "district", "monthlyRent"]);
    expect(r.rows.filter((x: any) => x.errors.length)).toHaveLength(1);
    expect(await count()).toBe(before);
  });

  it("reports repeated reference numbers and a missing required column", async () => {
    const dup = "kod;adres;osiedle;powierzchnia;czynsz\nA/1;ul. A 1;Mokre;10;100\nA/1;ul. A 2;Mokre;10;100";
    const r = ok(await gql(db.ds, IMPORT, { csv: dup }, official.id)).importPremisesCsv;
    expect(r.rows[1].errors).toEqual([{ field: "code", message: "Same reference number as line 2" }]);
    const missing = await gql(db.ds, IMPORT, { csv: "adres;osiedle;czynsz\nul. A 1;Mokre;100" }, official.id);
    expect(errorCode(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors![0].extensions!.fields).toHaveProperty("csv");
  });

  it("is for officials only", async () => {
    expect(errorCode(await gql(db.ds, IMPORT, { csv: GOOD, dryRun: false }, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, IMPORT, { csv: GOOD, dryRun: false }, null))).toBe("UNAUTHENTICATED");
  });
});

describe("premisesCsv", () => {
  it("exports a search with Polish headers that the import reads back", async () => {
    const csv = ok(await gql(db.ds, `query($f: PremisesFilter) { premisesCsv(filter: $f, orderBy: AREA_DESC) }`, { f: { districts: ["Stare Miasto", "Bielawy"], status: ["AVAILABLE", "RESERVED"] } })).premisesCsv as string;
    const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
    expect(table[0].slice(0, 5)).toEqual(["kod", "adres", "osiedle", "powierzchnia", "czynsz"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(["CSV/2", "CSV/1"]);
    const back = ok(await gql(db.ds, IMPORT, { csv }, official.id)).importPremisesCsv;
    expect(back).toMatchObject({ ok: true, updated: 2, created: 0 });
  });

  it("reads condition and utilities as Polish words or codes, keeps unknown words in the notes, and writes Polish words back", async () => {
    const csv = [
      "kod;adres;osiedle;powierzchnia;czynsz;stan;media",
      "CSV/3;ul. Szeroka 5;Stare Miasto;30;900;B. Dobry;Prąd | WATER | co miejskie | monitoring",
      "CSV/4;ul. Szeroka 7;Stare Miasto;31;910;piękny;siła 400 V",
    ].join("\n");
    const r = ok(await gql(db.ds, IMPORT, { csv, dryRun: false }, official.id)).importPremisesCsv;
    expect(r).toMatchObject({ ok: true, created: 2 });
    const three = await db.ds.getRepository(Premises).findOneByOrFail({ code: "CSV/3" });
    expect(three).toMatchObject({ condition: "VERY_GOOD", conditionNote: null, utilities: ["ELECTRICITY", "WATER", "DISTRICT_HEATING"], utilitiesNote: "monitoring" });
    const four = await db.ds.getRepository(Premises).findOneByOrFail({ code: "CSV/4" });
    expect(four).toMatchObject({ condition: null, conditionNote: "piękny", utilities: ["THREE_PHASE_POWER"], utilitiesNote: null });

    const out = ok(await gql(db.ds, `query($f: PremisesFilter) { premisesCsv(filter: $f) }`, { f: { text: "Szeroka 5" } })).premisesCsv as string;
    const [header, row] = Papa.parse<string[]>(out.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell("stan"), cell("stan_uwagi"), cell("media"), cell("media_inne")]).toEqual(["bardzo dobry", "", "prąd, woda, c.o. miejskie", "monitoring"]);
  });

  it("refuses a limit over 5000", async () => {
    expect(errorCode(await gql(db.ds, `{ premisesCsv(limit: 5001) }`))).toBe("BAD_USER_INPUT");
  });
});
