import { ConditionCodes1764100200000 } from "../../../migrations/1764100200000-ConditionCodes";
import { EquipmentNotice } from "../../../entities/marketplace";
import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createTestDbWithUsers } from "../../factories";
import { SEARCH } from "./helpers";

let db: TestDb;
let official: User;
beforeAll(async () => ({ db, users: [official] } = await createTestDbWithUsers(Role.OFFICIAL)));
afterAll(() => db.drop());

/**
 * The data migration: rows written as Polish text before it (the seed's words, variants in
 * case and spacing, and text that matches no code) come out as codes, and unknown text is
 * kept in the note columns.
 */
describe("migration ConditionCodes", () => {
  const migration = new ConditionCodes1764100200000();
  const oldPremises = async (condition: string | null, utilities: string[]) => {
    const [{ id }] = await db.ds.query(
      `INSERT INTO premises (address, district, area_m2, monthly_rent, condition, utilities, owner_id)
       VALUES ('ul. Stara 1', 'Mokre', 50, 1000, $1, $2, $3) RETURNING id`,
      [condition, utilities, official.id],
    );
    return id as string;
  };
  const oldNotice = async (condition: string | null) => {
    const [{ id }] = await db.ds.query(
      `INSERT INTO equipment_notices (kind, title, condition, owner_user_id) VALUES ('LEND', 'Namiot', $1, $2) RETURNING id`,
      [condition, official.id],
    );
    return id as string;
  };

  it("maps the old Polish text to codes, keeps unknown text in the notes, and goes back down to Polish", async () => {
    const qr = db.ds.createQueryRunner();
    let down = false;
    try {
      await migration.down(qr);
      down = true;
      const p = {
        seed: await oldPremises("bardzo dobry", ["prąd", "woda", "kanalizacja", "c.o. miejskie", "siła 400 V"]),
        variants: await oldPremises("  Do  Remontu ", ["Internet Światłowodowy", "GAZ", "prąd", "Prąd"]),
        unknown: await oldPremises("piękny, jasny", ["prąd", "monitoring", "winda"]),
        empty: await oldPremises(null, []),
        code: await oldPremises("VERY_GOOD", ["WATER"]),
      };
      const n = {
        seed: await oldNotice("sprawny"),
        variant: await oldNotice("Używany"),
        unknown: await oldNotice("jak z katalogu"),
        none: await oldNotice(null),
      };

      await migration.up(qr);
      down = false;

      const premises = db.ds.getRepository(Premises);
      const get = (id: string) =>
        premises.findOneOrFail({ where: { id }, select: { id: true, condition: true, conditionNote: true, utilities: true, utilitiesNote: true } });
      expect(await get(p.seed)).toMatchObject({
        condition: "VERY_GOOD",
        conditionNote: null,
        utilities: ["ELECTRICITY", "WATER", "SEWAGE", "DISTRICT_HEATING", "THREE_PHASE_POWER"],
        utilitiesNote: null,
      });
      expect(await get(p.variants)).toMatchObject({ condition: "NEEDS_RENOVATION", utilities: ["FIBRE_INTERNET", "GAS", "ELECTRICITY"] });
      expect(await get(p.unknown)).toMatchObject({
        condition: null,
        conditionNote: "piękny, jasny",
        utilities: ["ELECTRICITY"],
        utilitiesNote: "monitoring, winda",
      });
      expect(await get(p.empty)).toMatchObject({ condition: null, conditionNote: null, utilities: [], utilitiesNote: null });
      expect(await get(p.code)).toMatchObject({ condition: "VERY_GOOD", utilities: ["WATER"] });

      const notice = (id: string) => db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id });
      expect(await notice(n.seed)).toMatchObject({ condition: "WORKING", conditionNote: null });
      expect(await notice(n.variant)).toMatchObject({ condition: "USED", conditionNote: null });
      expect(await notice(n.unknown)).toMatchObject({ condition: null, conditionNote: "jak z katalogu" });
      expect(await notice(n.none)).toMatchObject({ condition: null, conditionNote: null });

      // The database itself refuses text that is not a code from now on.
      await expect(db.ds.query(`UPDATE premises SET condition = 'dobry' WHERE id = $1`, [p.seed])).rejects.toThrow(/CHK_premises_condition_code/);
      await expect(db.ds.query(`UPDATE premises SET utilities = '{prąd}' WHERE id = $1`, [p.seed])).rejects.toThrow(/CHK_premises_utilities_codes/);
      await expect(db.ds.query(`UPDATE equipment_notices SET condition = 'nowy' WHERE id = $1`, [n.seed])).rejects.toThrow(/CHK_equipment_notices_condition_code/);

      // Down writes Polish text again, the notes folded back in.
      await migration.down(qr);
      down = true;
      const rows = await db.ds.query(`SELECT id, condition, utilities FROM premises WHERE id = ANY($1)`, [[p.seed, p.unknown]]);
      const byId = Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
      expect(byId[p.seed]).toMatchObject({ condition: "bardzo dobry", utilities: ["prąd", "woda", "kanalizacja", "c.o. miejskie", "siła 400 V"] });
      expect(byId[p.unknown]).toMatchObject({ condition: "piękny, jasny", utilities: ["prąd", "monitoring", "winda"] });
      const [{ condition }] = await db.ds.query(`SELECT condition FROM equipment_notices WHERE id = $1`, [n.unknown]);
      expect(condition).toBe("jak z katalogu");
    } finally {
      if (down) await migration.up(qr);
      await qr.release();
    }
  });
});

describe("premisesSearch by condition and utilities", () => {
  beforeAll(async () => {
    await db.ds.query(`DELETE FROM premises`);
    const base = { address: "ul. Nowa 2", district: "Mokre", areaM2: 40, monthlyRent: 800 };
    const create = `mutation($input: PremisesInput!) { createPremises(input: $input) { id } }`;
    for (const [description, condition, utilities] of [
      ["a", "GOOD", ["ELECTRICITY", "WATER", "GAS"]],
      ["b", "GOOD", ["ELECTRICITY"]],
      ["c", "NEEDS_RENOVATION", ["ELECTRICITY", "WATER"]],
      ["d", null, []],
    ] as const) {
      ok(await gql(db.ds, create, { input: { ...base, description, condition, utilities } }, official.id));
    }
  });
  const found = async (filter: object) =>
    (ok(await gql(db.ds, SEARCH, { filter, orderBy: "NEWEST", first: 50 })).premisesSearch.edges as { node: { description: string } }[])
      .map((e) => e.node.description)
      .sort();

  it("keeps premises in any of the conditions and with all of the utilities", async () => {
    expect(await found({ conditions: ["GOOD"] })).toEqual(["a", "b"]);
    expect(await found({ conditions: ["GOOD", "NEEDS_RENOVATION"], utilities: ["WATER"] })).toEqual(["a", "c"]);
    expect(await found({ utilities: ["WATER", "GAS"] })).toEqual(["a"]);
    expect(await found({ conditions: [], utilities: [] })).toEqual(["a", "b", "c", "d"]);
  });

  it("refuses a condition or utility that is not a code with BAD_USER_INPUT", async () => {
    expect(errorCode(await gql(db.ds, SEARCH, { filter: { conditions: ["dobry"] }, first: 5 }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, SEARCH, { filter: { utilities: ["prąd"] }, first: 5 }))).toBe("BAD_USER_INPUT");
  });
});
