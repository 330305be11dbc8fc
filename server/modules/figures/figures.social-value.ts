import type { DataSource } from "typeorm";
import { unsealedDemandSql } from "../marketplace/marketplace.policy";
import type { DemandFollowUp, SocialValueYear } from "./figures.types";

/**
 * The social value of the programme, per calendar year (Europe/Warsaw), within the period:
 * money spent with PES (the price of each awarded offer — awards are public, by the date
 * of the decision), demands by clause type and those without any PES offer (by
 * publication; only demands past their deadline count as "without an offer", so the seal
 * of open demands holds), and items reused: give-aways and exchanges handed over (with
 * the sum of the values their owners estimated, where given), and
 * loans handed over (by the date of the handover). SQL aggregates only.
 */
export async function socialValueByYear(db: DataSource, from: Date | null, to: Date | null): Promise<SocialValueYear[]> {
  const p = [from, to];
  const inPeriod = (col: string) => `($1::timestamptz IS NULL OR ${col} >= $1) AND ($2::timestamptz IS NULL OR ${col} <= $2)`;
  const yearOf = (col: string) => `extract(year FROM ${col} AT TIME ZONE 'Europe/Warsaw')::int`;
  type R = Record<string, string | number | null>;
  const [awards, posted, reused, loans]: R[][] = await Promise.all([
    db.query(
      `SELECT ${yearOf("d.decided_at")} AS year, count(*) AS awarded, coalesce(sum(o.price), 0) AS spend
         FROM demands d JOIN offers o ON o.id = d.awarded_offer_id AND o.demand_id = d.id
        WHERE d.status = 'AWARDED' AND d.decided_at IS NOT NULL AND ${inPeriod("d.decided_at")}
        GROUP BY 1`,
      p,
    ),
    db.query(
      `SELECT ${yearOf("d.created_at")} AS year, count(*) AS posted,
              count(*) FILTER (WHERE d.clause_type = 'NONE') AS c_none,
              count(*) FILTER (WHERE d.clause_type = 'RESERVED_CONTRACT') AS c_reserved,
              count(*) FILTER (WHERE d.clause_type = 'EMPLOYMENT_CLAUSE') AS c_employment,
              count(*) FILTER (WHERE d.clause_type = 'OTHER_SOCIAL_ASPECT') AS c_other,
              count(*) FILTER (WHERE ${unsealedDemandSql("d")} AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.demand_id = d.id)) AS no_offer
         FROM demands d WHERE ${inPeriod("d.created_at")}
        GROUP BY 1`,
      p,
    ),
    db.query(
      `SELECT ${yearOf("r.handed_over_at")} AS year, count(*) AS n, coalesce(sum(n.estimated_value), 0) AS value
         FROM item_requests r JOIN equipment_notices n ON n.id = r.notice_id
        WHERE r.handed_over_at IS NOT NULL AND ${inPeriod("r.handed_over_at")} GROUP BY 1`,
      p,
    ),
    db.query(
      `SELECT ${yearOf("handed_over_at")} AS year, count(*) AS n FROM bookings
        WHERE handed_over_at IS NOT NULL AND ${inPeriod("handed_over_at")} GROUP BY 1`,
      p,
    ),
  ]);
  const years = [...new Set([...awards, ...posted, ...reused, ...loans].map((r) => Number(r.year)))].sort();
  const find = (rows: R[], y: number) => rows.find((r) => Number(r.year) === y);
  const n = (v: unknown) => (v == null ? 0 : Number(v));
  return years.map((year) => {
    const a = find(awards, year);
    const d = find(posted, year);
    return {
      year,
      spendWithPes: Math.round(n(a?.spend) * 100) / 100,
      demandsAwarded: n(a?.awarded),
      demandsPosted: n(d?.posted),
      clauseNone: n(d?.c_none),
      clauseReservedContract: n(d?.c_reserved),
      clauseEmployment: n(d?.c_employment),
      clauseOtherSocial: n(d?.c_other),
      demandsWithoutOffer: n(d?.no_offer),
      itemsReused: n(find(reused, year)?.n),
      itemsReusedValue: Math.round(n(find(reused, year)?.value) * 100) / 100,
      loansHandedOver: n(find(loans, year)?.n),
    };
  });
}

/** Staff follow-up: demands of the period past their deadline that got no PES offer at all. */
export async function demandsWithoutOffer(db: DataSource, from: Date | null, to: Date | null): Promise<DemandFollowUp[]> {
  const rows: { id: string; title: string; category: string | null; deadline: Date; clause_type: string }[] = await db.query(
    `SELECT d.id, d.title, d.category, d.deadline, d.clause_type::text AS clause_type FROM demands d
      WHERE ($1::timestamptz IS NULL OR d.created_at >= $1) AND ($2::timestamptz IS NULL OR d.created_at <= $2)
        AND ${unsealedDemandSql("d")} AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.demand_id = d.id)
      ORDER BY d.deadline DESC, d.id LIMIT 500`,
    [from, to],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, category: r.category, deadline: r.deadline, clauseType: r.clause_type }));
}
