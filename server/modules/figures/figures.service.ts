import type { DataSource } from "typeorm";
import { badInput } from "../../errors";
import { unsealedDemandSql } from "../marketplace/marketplace.policy";
import type { FiguresPeriod, ProgrammeFigures, ProgrammeFiguresDetail } from "./figures.types";
import { demandsWithoutOffer, socialValueByYear } from "./figures.social-value";

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** The platform holds nothing older than the programme; a period outside these bounds is a typo. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** Both ends optional; refuses a period that ends before it starts or lies outside 2000–2099. */
export function checkPeriod(period: FiguresPeriod | null | undefined): { from: Date | null; to: Date | null } {
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  const fields: Record<string, string> = {};
  for (const [k, d] of [["from", from], ["to", to]] as const) {
    if (d && (Number.isNaN(d.getTime()) || d.getTime() < EARLIEST || d.getTime() >= LATEST)) fields[k] = "Must lie between 2000 and 2099";
  }
  if (!fields.from && !fields.to && from && to && from.getTime() > to.getTime()) fields.from = "Must not be after `to`";
  if (Object.keys(fields).length) throw badInput(fields, "Invalid period");
  return { from, to };
}

const inPeriod = (col: string) => `($1::timestamptz IS NULL OR ${col} >= $1) AND ($2::timestamptz IS NULL OR ${col} <= $2)`;
const monthOf = (col: string) => `to_char(date_trunc('month', ${col} AT TIME ZONE 'Europe/Warsaw'), 'YYYY-MM')`;

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
  const { from, to } = checkPeriod(period);
  const p = [from, to];

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
              (SELECT count(*) FROM offers o JOIN demands d2 ON d2.id = o.demand_id
                WHERE ${inPeriod("d2.created_at")} AND ${unsealedDemandSql("d2")}) AS offers
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
  const socialValue = await socialValueByYear(db, from, to);
  return {
    from,
    to,
    socialValue,
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

/**
 * The monitoring team's detail for a period: the same rules of counting as
 * programmeFigures (premises, notices, demands by publication; trainings by their end;
 * organisations as of the period's end), broken down further. SQL aggregates only.
 */
export async function programmeFiguresDetail(db: DataSource, period: FiguresPeriod | null | undefined): Promise<ProgrammeFiguresDetail> {
  const { from, to } = checkPeriod(period);
  const p = [from, to];
  const audience = (who: string) => `count(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.audience = '${who}')`;
  const [premises, trainings, trainingMonths, demands, orgs, subscribers, notices] = await Promise.all([
    db.query(
      `SELECT ${monthOf("created_at")} AS month, count(*) AS offered, count(*) FILTER (WHERE status = 'RENTED') AS rented,
              coalesce(sum(area_m2), 0) AS area
         FROM premises WHERE ${inPeriod("created_at")} GROUP BY 1 ORDER BY 1`,
      p,
    ),
    db.query(
      `SELECT t.id, t.title, t.kind::text AS kind, t.starts_at, t.ends_at, t.capacity AS seats,
              count(r.id) FILTER (WHERE r.status = 'CONFIRMED') AS registered,
              count(r.id) FILTER (WHERE r.status = 'WAITLISTED') AS waitlisted,
              count(r.id) FILTER (WHERE r.attended_at IS NOT NULL) AS attended,
              ${audience("OFFICIALS")} AS officials, ${audience("PES")} AS pes, ${audience("RESIDENTS")} AS residents
         FROM trainings t LEFT JOIN registrations r ON r.training_id = t.id
        WHERE t.cancelled_at IS NULL AND t.ends_at < now() AND ${inPeriod("t.ends_at")}
        GROUP BY t.id ORDER BY t.starts_at, t.title`,
      p,
    ),
    db.query(
      `SELECT ${monthOf("t.ends_at")} AS month, count(*) AS held, sum(t.capacity) AS seats,
              sum(x.registered) AS registered, sum(x.attended) AS attended
         FROM trainings t
         CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE r.status = 'CONFIRMED') AS registered,
                                    count(*) FILTER (WHERE r.attended_at IS NOT NULL) AS attended
                               FROM registrations r WHERE r.training_id = t.id) x
        WHERE t.cancelled_at IS NULL AND t.ends_at < now() AND ${inPeriod("t.ends_at")}
        GROUP BY 1 ORDER BY 1`,
      p,
    ),
    db.query(
      `SELECT nullif(trim(d.category), '') AS category, count(*) AS demands, count(*) FILTER (WHERE d.social_clause) AS social,
              count(*) FILTER (WHERE d.status = 'AWARDED') AS awarded, coalesce(sum(o.n), 0) AS offers
         FROM demands d LEFT JOIN (SELECT demand_id, count(*) AS n FROM offers GROUP BY demand_id) o
              ON o.demand_id = d.id AND ${unsealedDemandSql("d")}
        WHERE ${inPeriod("d.created_at")}
        GROUP BY 1 ORDER BY 1 NULLS LAST`,
      p,
    ),
    db.query(
      `SELECT nullif(trim(district), '') AS district, count(*) AS count, count(*) FILTER (WHERE verified) AS verified
         FROM organizations WHERE ($1::timestamptz IS NULL OR created_at <= $1)
        GROUP BY 1 ORDER BY 1 NULLS LAST`,
      [to],
    ),
    // The running total counts all history up to each month, so the first month of a
    // period starts from the subscribers gained before it. A row keeps one period: an
    // address that left and subscribed again has a new confirmed_at and the old
    // unsubscribed_at, which must not count (only the unsubscribed are counted out).
    db.query(
      `WITH ev AS (
         SELECT confirmed_at AS at, 1 AS confirmed, 0 AS unsubscribed FROM newsletter_subscribers WHERE confirmed_at IS NOT NULL
         UNION ALL
         SELECT unsubscribed_at, 0, 1 FROM newsletter_subscribers
          WHERE status = 'UNSUBSCRIBED' AND unsubscribed_at IS NOT NULL AND confirmed_at IS NOT NULL
       ), m AS (
         SELECT ${monthOf("at")} AS month, sum(confirmed) AS confirmed, sum(unsubscribed) AS unsubscribed
           FROM ev WHERE ($2::timestamptz IS NULL OR at <= $2) GROUP BY 1
       ), r AS (
         SELECT month, confirmed, unsubscribed, sum(confirmed - unsubscribed) OVER (ORDER BY month) AS total FROM m
       )
       SELECT * FROM r WHERE $1::timestamptz IS NULL OR month >= ${monthOf("$1::timestamptz")} ORDER BY month`,
      p,
    ),
    db.query(
      `SELECT kind::text AS kind, count(*) AS total, count(*) FILTER (WHERE status = 'AVAILABLE') AS available,
              count(*) FILTER (WHERE status = 'RESERVED') AS reserved, count(*) FILTER (WHERE status = 'HANDED_OVER') AS handed,
              count(*) FILTER (WHERE status = 'CLOSED') AS closed
         FROM equipment_notices WHERE ${inPeriod("created_at")} GROUP BY kind ORDER BY kind`,
      p,
    ),
  ]);
  type R = Record<string, unknown>;
  const followUp = await demandsWithoutOffer(db, from, to);
  return {
    from,
    to,
    demandsWithoutOffer: followUp,
    premisesByMonth: premises.map((r: R) => ({ month: String(r.month), offered: num(r.offered), rented: num(r.rented), totalAreaM2: numOrNull(r.area) ?? 0 })),
    trainings: trainings.map((r: R) => ({
      id: String(r.id),
      title: String(r.title),
      kind: String(r.kind),
      startsAt: r.starts_at as Date,
      endsAt: r.ends_at as Date,
      seats: num(r.seats),
      registered: num(r.registered),
      waitlisted: num(r.waitlisted),
      attended: num(r.attended),
      officials: num(r.officials),
      pes: num(r.pes),
      residents: num(r.residents),
    })),
    trainingsByMonth: trainingMonths.map((r: R) => ({
      month: String(r.month),
      held: num(r.held),
      seats: num(r.seats),
      registered: num(r.registered),
      attended: num(r.attended),
    })),
    demandsByCategory: demands.map((r: R) => ({
      category: r.category === null ? null : String(r.category),
      demands: num(r.demands),
      withSocialClause: num(r.social),
      offers: num(r.offers),
      awarded: num(r.awarded),
    })),
    organizationsByDistrict: orgs.map((r: R) => ({ district: r.district === null ? null : String(r.district), count: num(r.count), verified: num(r.verified) })),
    subscribersByMonth: subscribers.map((r: R) => ({
      month: String(r.month),
      confirmed: num(r.confirmed),
      unsubscribed: num(r.unsubscribed),
      total: num(r.total),
    })),
    noticesByKind: notices.map((r: R) => ({
      kind: String(r.kind),
      total: num(r.total),
      available: num(r.available),
      reserved: num(r.reserved),
      handedOver: num(r.handed),
      closed: num(r.closed),
    })),
  };
}
