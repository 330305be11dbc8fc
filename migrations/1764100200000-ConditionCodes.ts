import type { MigrationInterface, QueryRunner } from "typeorm";
import { itemConditionFrom, premisesConditionFrom, utilityFrom } from "../entities/codes";

// Frozen here on purpose: the checks of this migration, not whatever the entities say later.
const PREMISES_CONDITIONS = ["RENOVATED", "VERY_GOOD", "GOOD", "NEEDS_REFRESH", "NEEDS_RENOVATION", "UNFINISHED"];
const UTILITIES = [
  "ELECTRICITY", "THREE_PHASE_POWER", "WATER", "SEWAGE", "GAS", "DISTRICT_HEATING", "GAS_HEATING",
  "ELECTRIC_HEATING", "INTERNET", "FIBRE_INTERNET", "AIR_CONDITIONING",
];
const ITEM_CONDITIONS = ["NEW", "VERY_GOOD", "GOOD", "WORKING", "USED", "NEEDS_REPAIR"];
const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(", ");

// The Polish text written back by `down` (the first word of each code in entities/codes.ts).
const PREMISES_CONDITION_PL: Record<string, string> = {
  RENOVATED: "po remoncie", VERY_GOOD: "bardzo dobry", GOOD: "dobry", NEEDS_REFRESH: "do odświeżenia",
  NEEDS_RENOVATION: "do remontu", UNFINISHED: "do wykończenia",
};
const UTILITY_PL: Record<string, string> = {
  ELECTRICITY: "prąd", THREE_PHASE_POWER: "siła 400 V", WATER: "woda", SEWAGE: "kanalizacja", GAS: "gaz",
  DISTRICT_HEATING: "c.o. miejskie", GAS_HEATING: "ogrzewanie gazowe", ELECTRIC_HEATING: "ogrzewanie elektryczne",
  INTERNET: "internet", FIBRE_INTERNET: "internet światłowodowy", AIR_CONDITIONING: "klimatyzacja",
};
const ITEM_CONDITION_PL: Record<string, string> = {
  NEW: "nowy", VERY_GOOD: "bardzo dobry", GOOD: "dobry", WORKING: "sprawny", USED: "używany", NEEDS_REPAIR: "do naprawy",
};

const UTILITIES_NOTE_MAX = 300;
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Premises condition and utilities and the equipment-notice condition were free Polish
 * text (so they stayed Polish on English pages); they become codes (entities/codes.ts),
 * translated by the message files. Known words and their usual variants map to a code
 * (readers of entities/codes.ts: folded, so "Bardzo  Dobry" and "c.o. miejskie" match);
 * text that matches no code is kept in a new free-text note column, never lost.
 */
export class ConditionCodes1764100200000 implements MigrationInterface {
  name = "ConditionCodes1764100200000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "premises" ADD "condition_note" character varying(100)`);
    await q.query(`ALTER TABLE "premises" ADD "utilities_note" character varying(${UTILITIES_NOTE_MAX})`);
    await q.query(`ALTER TABLE "equipment_notices" ADD "condition_note" character varying(60)`);

    const premises: { id: string; condition: string | null; utilities: string[] }[] = await q.query(
      `SELECT "id", "condition", "utilities" FROM "premises" WHERE "condition" IS NOT NULL OR cardinality("utilities") > 0`,
    );
    for (const p of premises) {
      const text = p.condition?.trim() || null;
      const condition = text ? premisesConditionFrom(text) : null;
      const codes: string[] = [];
      const other: string[] = [];
      for (const u of p.utilities) {
        const t = u.trim();
        if (!t) continue;
        const code = utilityFrom(t);
        if (code) {
          if (!codes.includes(code)) codes.push(code);
        } else other.push(t);
      }
      await q.query(
        `UPDATE "premises" SET "condition" = $2, "condition_note" = $3, "utilities" = $4, "utilities_note" = $5 WHERE "id" = $1`,
        [p.id, condition, condition ? null : text, codes, other.length ? clip(other.join(", "), UTILITIES_NOTE_MAX) : null],
      );
    }

    const notices: { id: string; condition: string }[] = await q.query(
      `SELECT "id", "condition" FROM "equipment_notices" WHERE "condition" IS NOT NULL`,
    );
    for (const n of notices) {
      const text = n.condition.trim() || null;
      const condition = text ? itemConditionFrom(text) : null;
      await q.query(`UPDATE "equipment_notices" SET "condition" = $2, "condition_note" = $3 WHERE "id" = $1`, [
        n.id,
        condition,
        condition ? null : text,
      ]);
    }

    await q.query(`ALTER TABLE "premises" ALTER COLUMN "condition" TYPE character varying(20)`);
    await q.query(`ALTER TABLE "equipment_notices" ALTER COLUMN "condition" TYPE character varying(20)`);
    await q.query(`ALTER TABLE "premises" ADD CONSTRAINT "CHK_premises_condition_code" CHECK ("condition" IN (${list(PREMISES_CONDITIONS)}))`);
    await q.query(`ALTER TABLE "premises" ADD CONSTRAINT "CHK_premises_utilities_codes" CHECK ("utilities" <@ ARRAY[${list(UTILITIES)}]::text[])`);
    await q.query(
      `ALTER TABLE "equipment_notices" ADD CONSTRAINT "CHK_equipment_notices_condition_code" CHECK ("condition" IN (${list(ITEM_CONDITIONS)}))`,
    );
  }

  /** Back to Polish text: a code becomes its Polish word, the notes are folded back in. */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "equipment_notices" DROP CONSTRAINT "CHK_equipment_notices_condition_code"`);
    await q.query(`ALTER TABLE "premises" DROP CONSTRAINT "CHK_premises_utilities_codes"`);
    await q.query(`ALTER TABLE "premises" DROP CONSTRAINT "CHK_premises_condition_code"`);
    await q.query(`ALTER TABLE "premises" ALTER COLUMN "condition" TYPE character varying(100)`);
    await q.query(`ALTER TABLE "equipment_notices" ALTER COLUMN "condition" TYPE character varying(60)`);

    const premises: { id: string; condition: string | null; condition_note: string | null; utilities: string[]; utilities_note: string | null }[] =
      await q.query(`SELECT "id", "condition", "condition_note", "utilities", "utilities_note" FROM "premises"`);
    for (const p of premises) {
      const condition = p.condition ? PREMISES_CONDITION_PL[p.condition] ?? p.condition : p.condition_note;
      const utilities = p.utilities.map((u) => UTILITY_PL[u] ?? u);
      if (p.utilities_note) utilities.push(...p.utilities_note.split(",").map((u) => u.trim().slice(0, 60)).filter(Boolean));
      await q.query(`UPDATE "premises" SET "condition" = $2, "utilities" = $3 WHERE "id" = $1`, [p.id, condition, utilities.slice(0, 20)]);
    }
    await q.query(
      `UPDATE "equipment_notices" SET "condition" = COALESCE(CASE "condition" ${Object.entries(ITEM_CONDITION_PL)
        .map(([code, pl]) => `WHEN '${code}' THEN '${pl}'`)
        .join(" ")} END, "condition_note")`,
    );

    await q.query(`ALTER TABLE "equipment_notices" DROP COLUMN "condition_note"`);
    await q.query(`ALTER TABLE "premises" DROP COLUMN "utilities_note"`);
    await q.query(`ALTER TABLE "premises" DROP COLUMN "condition_note"`);
  }
}
