import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { FiguresDetailQuery } from "../../../app/admin/figures/detail-query";
import { FiguresQuery } from "../../../app/programme/figures/figures-query";
import { detailSheets, figuresSheets, periodLabel, toCsv, toXlsx, type Translate } from "../../../app/programme/figures/workbook";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { expectDetailAddsUp, figuresWithDetail } from "../../helpers/figures";
import { createOrganization, createUser } from "../../factories";

/**
 * The monitoring team's detailed figures against hand-made data with known numbers: the
 * programme years 2013–2014, plus one row of each kind outside them.
 */
let db: TestDb;
let staff: { admin: string; official: string; resident: string; pes: string };
const T1 = "Księgowość w spółdzielni socjalnej";
const T2 = "Spotkanie sieciujące PES";
const P = { from: "2013-01-01T00:00:00+01:00", to: "2014-12-31T23:59:59+01:00" };

const token = () => randomBytes(8).toString("hex");

beforeAll(async () => {
  db = await createTestDb();
  const q = (sql: string, params: unknown[] = []) => db.ds.query(sql, params);
  const [admin, official, resident, pes, r2, r3] = await Promise.all([
    createUser(db.ds, { role: Role.ADMIN }),
    createUser(db.ds, { role: Role.OFFICIAL }),
    createUser(db.ds, { role: Role.RESIDENT }),
    createUser(db.ds, { role: Role.PES_MEMBER }),
    createUser(db.ds, { role: Role.RESIDENT }),
    createUser(db.ds, { role: Role.RESIDENT }),
  ]);
  staff = { admin: admin.id, official: official.id, resident: resident.id, pes: pes.id };

  const orgA = await createOrganization(db.ds, { district: "Bydgoskie Przedmieście", verified: true });
  const orgB = await createOrganization(db.ds, { district: "Bydgoskie Przedmieście", verified: false, verifiedAt: null });
  const orgC = await createOrganization(db.ds, { district: null, verified: true });
  await q(`UPDATE organizations SET created_at = $2 WHERE id = $1`, [orgA.id, "2013-02-01T12:00:00Z"]);
  await q(`UPDATE organizations SET created_at = $2 WHERE id = $1`, [orgB.id, "2013-03-01T12:00:00Z"]);
  await q(`UPDATE organizations SET created_at = $2 WHERE id = $1`, [orgC.id, "2015-06-01T12:00:00Z"]);

  for (const [district, area, status, at] of [
    ["Stare Miasto", 50, "RENTED", "2013-03-10T12:00:00Z"],
    ["Stare Miasto", 30.5, "AVAILABLE", "2013-03-20T12:00:00Z"],
    ["Mokre", 100, "RESERVED", "2013-05-02T12:00:00Z"],
    ["Mokre", 40, "AVAILABLE", "2015-01-10T12:00:00Z"],
  ] as const) {
    await q(
      `INSERT INTO premises (address, district, area_m2, monthly_rent, rent_per_m2, status, created_at) VALUES ('ul. Testowa 1', $1, $2, $3, 20, $4, $5)`,
      [district, area, area * 20, status, at],
    );
  }

  const training = async (title: string, kind: string, startsAt: string, capacity: number, cancelled = false) =>
    (
      await q(
        `INSERT INTO trainings (title, kind, venue, starts_at, ends_at, capacity, audience, cancelled_at)
         VALUES ($1, $2, 'Urząd Miasta', $3, $3::timestamptz + interval '6 hours', $4, '{OFFICIALS,PES,RESIDENTS}', $5) RETURNING id`,
        [title, kind, startsAt, capacity, cancelled ? startsAt : null],
      )
    )[0].id as string;
  const t1 = await training(T1, "TRAINING", "2013-04-10T08:00:00Z", 20);
  const t2 = await training(T2, "MEETING", "2013-04-20T08:00:00Z", 10);
  const t3 = await training("Odwołane", "TRAINING", "2013-05-01T08:00:00Z", 15, true);
  await training("Po programie", "TRAINING", "2015-03-01T08:00:00Z", 12);
  const reg = (trainingId: string, userId: string, status: string, audience: string, attended: boolean) =>
    q(
      `INSERT INTO registrations (training_id, user_id, status, audience, attended_at, cancel_token, check_in_code) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [trainingId, userId, status, audience, attended ? "2013-04-10T10:00:00Z" : null, token(), token()],
    );
  await reg(t1, official.id, "CONFIRMED", "OFFICIALS", true);
  await reg(t1, pes.id, "CONFIRMED", "PES", true);
  await reg(t1, resident.id, "CONFIRMED", "RESIDENTS", false);
  await reg(t1, r2.id, "WAITLISTED", "RESIDENTS", false);
  await reg(t1, r3.id, "CANCELLED", "RESIDENTS", false);
  await reg(t2, pes.id, "CONFIRMED", "PES", true);
  await reg(t3, r2.id, "CONFIRMED", "RESIDENTS", false);

  const demand = async (category: string | null, social: boolean, status: string, at: string) =>
    (
      await q(
        `INSERT INTO demands (kind, title, category, deadline, social_clause, status, created_by_id, created_at)
         VALUES ('COMMISSION', 'Zapotrzebowanie', $1, $4::timestamptz + interval '30 days', $2, $3, $5, $4) RETURNING id`,
        [category, social, status, at, official.id],
      )
    )[0].id as string;
  const d1 = await demand("catering", true, "AWARDED", "2013-06-01T12:00:00Z");
  const d2 = await demand("catering", false, "OPEN", "2013-07-01T12:00:00Z");
  await demand(null, false, "CLOSED", "2013-08-01T12:00:00Z");
  const d4 = await demand("sprzątanie", false, "OPEN", "2016-01-01T12:00:00Z");
  for (const [d, org] of [[d1, orgA], [d1, orgB], [d2, orgA], [d4, orgA]] as const) {
    await q(`INSERT INTO offers (demand_id, organization_id, submitted_by_id, price, message) VALUES ($1, $2, $3, 1000, 'Oferta')`, [d, org.id, pes.id]);
  }

  for (const [kind, status, at] of [
    ["GIVE_AWAY", "HANDED_OVER", "2013-09-01T12:00:00Z"],
    ["GIVE_AWAY", "AVAILABLE", "2013-09-02T12:00:00Z"],
    ["LEND", "RESERVED", "2014-01-15T12:00:00Z"],
    ["LEND", "CLOSED", "2014-02-15T12:00:00Z"],
    ["WANTED", "HANDED_OVER", "2017-01-15T12:00:00Z"],
  ]) {
    await q(`INSERT INTO equipment_notices (kind, title, status, owner_user_id, created_at) VALUES ($1, 'Ogłoszenie', $2, $3, $4)`, [kind, status, resident.id, at]);
  }

  for (const [status, confirmed, unsubscribed] of [
    ["CONFIRMED", "2012-12-15T12:00:00Z", null],
    ["UNSUBSCRIBED", "2013-01-10T12:00:00Z", "2013-03-05T12:00:00Z"],
    ["CONFIRMED", "2013-03-01T12:00:00Z", null],
    ["PENDING", null, null],
    ["CONFIRMED", "2015-01-01T12:00:00Z", null],
  ]) {
    await q(
      `INSERT INTO newsletter_subscribers (email, status, confirm_nonce, consent_at, confirmed_at, unsubscribed_at) VALUES ($1, $2, $3, now(), $4, $5)`,
      [`sub-${token()}@example.org`, status, token(), confirmed, unsubscribed],
    );
  }
});
afterAll(() => db.drop());

describe("programmeFiguresDetail", () => {
  it("breaks the programme years 2013–2014 down by month, training, category, district and status", async () => {
    const d = ok(await gql(db.ds, FiguresDetailQuery, { period: P }, staff.official)).programmeFiguresDetail;
    expect(d.premisesByMonth).toEqual([
      { month: "2013-03", offered: 2, rented: 1, totalAreaM2: 80.5 },
      { month: "2013-05", offered: 1, rented: 0, totalAreaM2: 100 },
    ]);
    expect(d.trainings.map((t: any) => [t.title, t.kind, t.seats, t.registered, t.waitlisted, t.attended, t.officials, t.pes, t.residents])).toEqual([
      [T1, "TRAINING", 20, 3, 1, 2, 1, 1, 1],
      [T2, "MEETING", 10, 1, 0, 1, 0, 1, 0],
    ]);
    expect(d.trainingsByMonth).toEqual([{ month: "2013-04", held: 2, seats: 30, registered: 4, attended: 3 }]);
    expect(d.demandsByCategory).toEqual([
      { category: "catering", demands: 2, withSocialClause: 1, offers: 3, awarded: 1 },
      { category: null, demands: 1, withSocialClause: 0, offers: 0, awarded: 0 },
    ]);
    expect(d.organizationsByDistrict).toEqual([{ district: "Bydgoskie Przedmieście", count: 2, verified: 1 }]);
    // The running total starts from the subscriber confirmed before the period.
    expect(d.subscribersByMonth).toEqual([
      { month: "2013-01", confirmed: 1, unsubscribed: 0, total: 2 },
      { month: "2013-03", confirmed: 1, unsubscribed: 1, total: 2 },
    ]);
    expect(d.noticesByKind).toEqual([
      { kind: "GIVE_AWAY", total: 2, available: 1, reserved: 0, handedOver: 1, closed: 0 },
      { kind: "LEND", total: 2, available: 0, reserved: 1, handedOver: 0, closed: 1 },
    ]);
  });

  it("agrees with the public figures for the same period", async () => {
    const { figures, detail } = await figuresWithDetail(db.ds, P, staff.admin);
    expectDetailAddsUp(figures, detail);
  });

  it("without a period counts everything (trainings that ended, all months)", async () => {
    const d = ok(await gql(db.ds, FiguresDetailQuery, {}, staff.admin)).programmeFiguresDetail;
    expect(d.trainings).toHaveLength(3);
    expect(d.premisesByMonth.map((m: any) => m.month)).toEqual(["2013-03", "2013-05", "2015-01"]);
    expect(d.subscribersByMonth.at(-1)).toEqual({ month: "2015-01", confirmed: 1, unsubscribed: 0, total: 3 });
    expect(d.organizationsByDistrict).toEqual([
      { district: "Bydgoskie Przedmieście", count: 2, verified: 1 },
      { district: null, count: 1, verified: 1 },
    ]);
  });

  it("is for OFFICIAL and ADMIN only", async () => {
    expect(errorCode(await gql(db.ds, FiguresDetailQuery, {}))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, FiguresDetailQuery, {}, staff.resident))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, FiguresDetailQuery, {}, staff.pes))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, FiguresDetailQuery, {}, staff.official))).toBeUndefined();
    expect(errorCode(await gql(db.ds, FiguresDetailQuery, {}, staff.admin))).toBeUndefined();
  });

  it("the public figures carry none of the detail", async () => {
    for (const field of ["trainings { trainings { title } }", "premisesByMonth { month }", "subscribersByMonth { month }"]) {
      const r = await gql(db.ds, `{ programmeFigures { ${field} } }`);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0].message).toMatch(/Cannot query field/);
    }
  });

  it.each([
    ["from after to", { from: "2014-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z" }, "from"],
    ["a start before 2000", { from: "1899-01-01T00:00:00Z" }, "from"],
    ["an end after 2099", { to: "3000-01-01T00:00:00Z" }, "to"],
  ])("refuses %s (BAD_USER_INPUT naming the field), in public and detail", async (_name, p, field) => {
    for (const [doc, user] of [[FiguresDetailQuery, staff.admin], [FiguresQuery, null]] as const) {
      const r = await gql(db.ds, doc.toString(), { period: p }, user);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(Object.keys(r.errors?.[0].extensions?.fields ?? {})).toEqual([field]);
    }
  });
});

describe("the XLSX and CSV export", () => {
  // Keys instead of translations (sheet names: the last part, as Excel allows 31 characters).
  const t: Translate = (key, values) =>
    values ? `${key}(${Object.values(values).join(",")})` : key.startsWith("export.sheets.") ? key.slice(14) : key;

  it("writes one sheet per section that parses back with the same numbers", async () => {
    const { figures: f, detail: d } = await figuresWithDetail(db.ds, P, staff.official);
    const label = periodLabel(t, "2013-01-01", "2014-12-31");
    const sheets = [...figuresSheets(f, t, label), ...detailSheets(d, t, label)];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(sheets, "Figures")) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
    const rows = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const out: unknown[][] = [];
      ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };

    const premises = rows("premises");
    expect(premises[0][0]).toBe("premises — export.period(2013-01-01,2014-12-31)");
    expect(premises[1]).toEqual(["premises.district", "premises.offered", "premises.available", "premises.reserved", "premises.rented", "premises.area", "premises.meanRent"]);
    expect(premises.slice(2)).toEqual([
      ["Mokre", 1, 0, 1, 0, 100, 20],
      ["Stare Miasto", 2, 1, 0, 1, 80.5, 20],
      ["export.total", 3, 1, 1, 1, 180.5, 20],
    ]);
    expect(rows("trainings").slice(2)).toEqual([
      ["trainings.held", 1],
      ["trainings.meetings", 1],
      ["trainings.seats", 30],
      ["trainings.registered", 4],
      ["trainings.attended", 3],
      ["trainings.officials", 1],
      ["trainings.pes", 2],
      ["trainings.residents", 1],
    ]);
    expect(rows("newsletter").slice(2)).toEqual(f.newsletter!.confirmedByMonth.map((m: any) => [m.month, m.count, m.total]));

    const list = rows("trainingList").slice(2);
    expect(list.map((r) => [r[0], r[1], ...r.slice(4)])).toEqual([
      [T1, "detail.kinds.TRAINING", 20, 3, 1, 2, 1, 1, 1],
      [T2, "detail.kinds.MEETING", 10, 1, 0, 1, 0, 1, 0],
    ]);
    expect(list[0][2]).toEqual(new Date("2013-04-10T08:00:00Z"));
    expect(rows("demandsByCategory").slice(2)).toEqual([
      ["catering", 2, 1, 3, 1],
      ["detail.noCategory", 1, 0, 0, 0],
    ]);
    expect(rows("subscribersByMonth").slice(2)).toEqual([
      ["2013-01", 1, 0, 2],
      ["2013-03", 1, 1, 2],
    ]);
    expect(rows("noticesByStatus").slice(2)).toEqual([
      ["kinds.GIVE_AWAY", 2, 1, 0, 1, 0],
      ["kinds.LEND", 2, 0, 1, 0, 1],
    ]);
  });

  it("keeps sheet names within Excel's rules", async () => {
    const long = { name: "Zapotrzebowania: kategorie/rodzaje [wszystkie]", title: "x", headers: ["a"], rows: [[1]] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx([long, long], "x")) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Zapotrzebowania  kategorie rodz", "Zapotrzebowania  kategorie r 2"]);
  });

  it("CSV: the sheets one below another, text formulas defused", () => {
    const csv = toCsv([{ name: "s", title: "Tytuł — okres", headers: ["Nazwa", "Liczba"], rows: [["=HYPERLINK(1)", 3], ["Zwykła", 1.5]] }]);
    expect(csv).toBe('\uFEFF"Tytuł — okres"\r\n"Nazwa","Liczba"\r\n"\'=HYPERLINK(1)","3"\r\n"Zwykła","1.5"\r\n\r\n');
  });
});
