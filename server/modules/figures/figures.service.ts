import type { DataSource } from "typeorm";
import { badInput } from "../../errors";
import type { FiguresPeriod, ProgrammeFigures } from "./figures.types";

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/**
 * The programme's figures for a period, every number a SQL aggregate over the data itself
 * (nothing is counted by hand). Premises, notices and demands count by when they were
 * published; trainings by when they ended; organisations as of the period's end.
 */
export async function programmeFigures(
  db: DataSource,
  period: FiguresPeriod | null | undefined,
  withNewsletter: boolean,
): Promise<ProgrammeFigures> {
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  if (from && to && from.getTime() > to.getTime()) throw badInput({ from: "Must not be after `to`" });
  const p = [from, to];
  const inPeriod = (col: string) => `($1::timestamptz IS NULL OR ${col} >= $1) AND ($2::timestamptz IS NULL OR ${col} <= $2)`;

  const [premises, districts, trainings, orgs, forms, notices, market, newsletter] = await Promise.all([
    db.query(
      `SELECT count(*) AS offered, count(*) FILTER (WHERE status = 'AVAILABLE') AS available,
              count(*) FILTER (WHERE status = 'RESERVED') AS reserved, count(*) FILTER (WHERE status = 'RENTED') AS rented,
              coalesce(sum(area_m2), 0) AS area, avg(rent_per_m2) AS mean
         FROM premises WHERE ${inPeriod("created_at")}`,
      p,
    ),
    db.query(
      `SELECT district, count(*) AS offered, count(*) FILTER (WHERE status = 'AVAILABLE') AS available,
              count(*) FILTER (WHERE status = 'RESERVED') AS reserved, count(*) FILTER (WHERE status = 'RENTED') AS rented,
              coalesce(sum(area_m2), 0) AS area, avg(rent_per_m2) AS mean
         FROM premises WHERE ${inPeriod("created_at")} GROUP BY district ORDER BY district`,
      p,
    ),
    db.query(
      `SELECT count(DISTINCT t.id) FILTER (WHERE t.kind = 'TRAINING') AS trainings,
              count(DISTINCT t.id) FILTER (WHERE t.kind = 'MEETING') AS meetings,
              (SELECT coalesce(sum(capacity), 0) FROM trainings t2
                WHERE t2.cancelled_at IS NULL AND t2.ends_at < now() AND ${inPeriod("t2.ends_at")}) AS seats,
              count(r.id) FILTER (WHERE r.status = 'CONFIRMED') AS registered,
              count(r.id) FILTER (WHERE r.attended_at IS NOT NULL) AS attended,
              count(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.audience = 'OFFICIALS') AS officials,
              count(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.audience = 'PES') AS pes,
              count(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.audience = 'RESIDENTS') AS residents
         FROM trainings t LEFT JOIN registrations r ON r.training_id = t.id
        WHERE t.cancelled_at IS NULL AND t.ends_at < now() AND ${inPeriod("t.ends_at")}`,
      p,
    ),
    db.query(
      `SELECT count(*) AS total, count(*) FILTER (WHERE verified) AS verified
         FROM organizations WHERE ($1::timestamptz IS NULL OR created_at <= $1)`,
      [to],
    ),
    db.query(
      `SELECT legal_form::text AS form, count(*) AS count, count(*) FILTER (WHERE verified) AS verified
         FROM organizations WHERE ($1::timestamptz IS NULL OR created_at <= $1)
        GROUP BY legal_form ORDER BY legal_form`,
      [to],
    ),
    db.query(
      `SELECT kind::text AS kind, count(*) AS count, count(*) FILTER (WHERE status = 'HANDED_OVER') AS handed
         FROM equipment_notices WHERE ${inPeriod("created_at")} GROUP BY kind ORDER BY kind`,
      p,
    ),
    db.query(
      `SELECT (SELECT count(*) FROM products WHERE ${inPeriod("created_at")}) AS products,
              count(*) AS demands, count(*) FILTER (WHERE social_clause) AS social,
              count(*) FILTER (WHERE status = 'AWARDED') AS awarded,
              (SELECT count(*) FROM offers o JOIN demands d2 ON d2.id = o.demand_id WHERE ${inPeriod("d2.created_at")}) AS offers
         FROM demands WHERE ${inPeriod("created_at")}`,
      p,
    ),
    withNewsletter
      ? db.query(
          `SELECT to_char(date_trunc('month', confirmed_at AT TIME ZONE 'Europe/Warsaw'), 'YYYY-MM') AS month, count(*) AS count
             FROM newsletter_subscribers
            WHERE confirmed_at IS NOT NULL AND status = 'CONFIRMED' AND ${inPeriod("confirmed_at")}
            GROUP BY 1 ORDER BY 1`,
          p,
        )
      : Promise.resolve(null),
  ]);

  const pr = premises[0];
  const t = trainings[0];
  const m = market[0];
  let running = 0;
  const byMonth = (newsletter ?? []).map((r: { month: string; count: string }) => {
    running += num(r.count);
    return { month: r.month, count: num(r.count), total: running };
  });
  return {
    from,
    to,
    premises: {
      offered: num(pr.offered),
      available: num(pr.available),
      reserved: num(pr.reserved),
      rented: num(pr.rented),
      totalAreaM2: numOrNull(pr.area) ?? 0,
      meanRentPerM2: numOrNull(pr.mean),
      byDistrict: districts.map((d: Record<string, unknown>) => ({
        district: String(d.district),
        offered: num(d.offered),
        available: num(d.available),
        reserved: num(d.reserved),
        rented: num(d.rented),
        totalAreaM2: numOrNull(d.area) ?? 0,
        meanRentPerM2: numOrNull(d.mean),
      })),
    },
    trainings: {
      trainingsHeld: num(t.trainings),
      meetingsHeld: num(t.meetings),
      seatsOffered: num(t.seats),
      registered: num(t.registered),
      attended: num(t.attended),
      officials: num(t.officials),
      pes: num(t.pes),
      residents: num(t.residents),
    },
    organizations: {
      total: num(orgs[0].total),
      verified: num(orgs[0].verified),
      byLegalForm: forms.map((f: Record<string, unknown>) => ({ legalForm: String(f.form), count: num(f.count), verified: num(f.verified) })),
    },
    marketplace: {
      noticesByKind: notices.map((n: Record<string, unknown>) => ({ kind: String(n.kind), count: num(n.count), handedOver: num(n.handed) })),
      products: num(m.products),
      demandsPosted: num(m.demands),
      demandsWithSocialClause: num(m.social),
      offersReceived: num(m.offers),
      demandsAwarded: num(m.awarded),
    },
    newsletter: withNewsletter ? { confirmedSubscribers: running, confirmedByMonth: byMonth } : null,
  };
}
