import type { DataSource } from "typeorm";
import { Audience, Registration, RegistrationStatus, Training } from "../../../entities/trainings";
import type { Context } from "../../context";
import { badInput, forbidden, notFound } from "../../errors";
import { requireUser } from "../../auth/require-user";
import { checkFirst, decodeCursor, edgesOf, pageInfoOf, sqlParams, type Page } from "../pagination";
import type { TrainingFilter } from "./trainings.inputs";
import { canOrganise } from "./trainings.policy";
import { isUuid } from "../../ids";
import { rowAsEntity, selectList } from "../loading";
import { emptyCounts, type SeatCounts } from "./trainings.seats";

/** Seat counts from the `[status, audience, n]` triples of a list's statement (null: no live registration). */
function seatCountsOf(triples: [RegistrationStatus, Audience, number][] | null): SeatCounts {
  const c = emptyCounts();
  for (const [status, audience, n] of triples ?? []) {
    if (status === RegistrationStatus.CONFIRMED) {
      c.confirmed += n;
      c.confirmedBy[audience] += n;
    } else c.waitlisted += n;
  }
  return c;
}

/** Reading trainings and registrations: lists with keyset paging, the calendar feed, figures. */
// ---------------------------------------------------------------- queries

/**
 * Trainings, upcoming first (by start time, then id), then past ones (most recent first).
 * `upcoming: true` keeps only those starting now or later, `false` only earlier ones.
 * The cursor carries the "now" of the first page, so paging never skips or repeats a row
 * that started in between.
 */
export async function listTrainings(
  db: DataSource,
  args: { first: number; after?: string | null; upcoming?: boolean | null; filter?: TrainingFilter | null },
  opts: {
    /** Given when the caller will ask for the page's seat counts: they are read with the page and handed here (e.g. to prime the counts loader). */
    seats?: (trainingId: string, counts: SeatCounts) => void;
  } = {},
): Promise<Page<Training>> {
  checkFirst(args.first);
  const scope = `trainings:${args.upcoming ?? "all"}`;
  let now = new Date();
  let from: { group: 0 | 1; startsAt: Date; id: string } | null = null;
  if (args.after) {
    const [n, g, s, id] = decodeCursor(args.after, 4, scope);
    const nd = new Date(String(n));
    const sd = new Date(String(s));
    if ((g !== 0 && g !== 1) || Number.isNaN(nd.getTime()) || Number.isNaN(sd.getTime()) || !isUuid(id)) {
      throw badInput({ after: "Invalid cursor" });
    }
    now = nd;
    from = { group: g, startsAt: sd, id };
  }
  const f = args.filter ?? {};
  if (f.startsFrom && f.startsBefore && f.startsFrom.getTime() > f.startsBefore.getTime()) {
    throw badInput({ "filter.startsBefore": "Must not be before startsFrom" });
  }
  // The public list is the most read page of the domain: its SQL is written, not built by
  // a query builder on each request. The filter's conditions number their values in the
  // list of the statement they go into.
  const filterOf = (param: (v: unknown) => string): string[] => {
    const where: string[] = [];
    if (f.kind) where.push(`t.kind = ${param(f.kind)}`);
    if (f.audience) where.push(`t.audience @> ARRAY[${param(f.audience)}]::training_audience[]`);
    if (f.topic) where.push(`t.topics @> ARRAY[${param(f.topic)}]::text[]`);
    if (f.startsFrom) where.push(`t.starts_at >= ${param(f.startsFrom)}`);
    if (f.startsBefore) where.push(`t.starts_at < ${param(f.startsBefore)}`);
    if (f.includeCancelled === false) where.push("t.cancelled_at IS NULL");
    if (args.upcoming === true) where.push(`t.starts_at >= ${param(now)}`);
    if (args.upcoming === false) where.push(`t.starts_at < ${param(now)}`);
    return where;
  };
  const groups: (0 | 1)[] = args.upcoming === true ? [0] : args.upcoming === false ? [1] : [0, 1];
  // The count and the seats of the page's rows ride in the page's own statement (one round
  // trip instead of three statements, two of them one after the other): the count as a
  // one-row CTE the page is joined to (a row even when the page is empty), the seats by
  // training of the page's rows only, read from the same snapshot as the page.
  let totalCount: number | null = null;
  const rows: { t: Training; group: 0 | 1 }[] = [];
  for (const group of groups) {
    if (from && group < from.group) continue;
    const want = args.first + 1 - rows.length;
    if (want <= 0) break;
    const { params, param } = sqlParams();
    const withTotal = totalCount === null;
    const conds = [...filterOf(param), group === 0 ? `t.starts_at >= ${param(now)}` : `t.starts_at < ${param(now)}`];
    if (from && from.group === group) conds.push(`(t.starts_at, t.id) ${group === 0 ? ">" : "<"} (${param(from.startsAt)}, ${param(from.id)}::uuid)`);
    const dir = group === 0 ? "ASC" : "DESC";
    const pageSql = `SELECT ${selectList(db, Training, "t")} FROM trainings t WHERE ${conds.join(" AND ")}
          ORDER BY t.starts_at ${dir}, t.id ${dir} LIMIT ${param(want)}`;
    const countWhere = withTotal ? filterOf(param) : [];
    const ctes = [`page AS (${pageSql})`];
    if (withTotal) ctes.push(`total AS (SELECT count(*)::int AS "__total" FROM trainings t${countWhere.length ? ` WHERE ${countWhere.join(" AND ")}` : ""})`);
    // = ANY(ARRAY(…)) reads the page's registrations by index; IN (SELECT …) planned a scan of them all.
    if (opts.seats) {
      ctes.push(`seats AS (SELECT g.training_id, json_agg(json_build_array(g.status, g.audience, g.n)) AS "__seats"
         FROM (SELECT r.training_id, r.status, r.audience, count(*)::int AS n FROM registrations r
                WHERE r.training_id = ANY(ARRAY(SELECT id FROM page)) AND r.status <> 'CANCELLED'
                GROUP BY r.training_id, r.status, r.audience) g GROUP BY g.training_id)`);
    }
    const found: Record<string, unknown>[] = await db.query(
      `WITH ${ctes.join(", ")}
       SELECT page.*${withTotal ? `, total."__total"` : ""}${opts.seats ? `, seats."__seats"` : ""}
         FROM ${withTotal ? "total LEFT JOIN page ON true" : "page"}${opts.seats ? " LEFT JOIN seats ON seats.training_id = page.id" : ""}
        ORDER BY page.starts_at ${dir}, page.id ${dir}`,
      params,
    );
    if (withTotal) totalCount = (found[0]?.__total as number | undefined) ?? 0;
    for (const row of found) {
      if (row.id === null || row.id === undefined) continue; // the count's row of an empty page
      const t = rowAsEntity(db, Training, row);
      rows.push({ t, group });
      if (opts.seats) opts.seats(t.id, seatCountsOf(row.__seats as [RegistrationStatus, Audience, number][] | null));
    }
  }
  if (totalCount === null) {
    // No page statement ran (a cursor past the groups this list reads): the count alone.
    const { params, param } = sqlParams();
    const where = filterOf(param);
    const counted: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM trainings t${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`, params);
    totalCount = counted[0].n;
  }
  const page = rows.slice(0, args.first);
  const edges = edgesOf(page.map(({ t }) => t), (t, i) => [now.toISOString(), page[i].group, t.startsAt.toISOString(), t.id], scope);
  return { edges, pageInfo: pageInfoOf(edges, rows.length > args.first), totalCount };
}

/** One training, or null (also for an id that is not a uuid). */
export async function findTraining(db: DataSource, id: string): Promise<Training | null> {
  if (!isUuid(id)) return null;
  return db.getRepository(Training).findOneBy({ id });
}

/** Upcoming, not cancelled trainings for the public calendar feed (at most 500). */
export async function upcomingForFeed(db: DataSource): Promise<Training[]> {
  return db
    .getRepository(Training)
    .createQueryBuilder("t")
    .where("t.ends_at >= now()")
    .orderBy("t.starts_at", "ASC")
    .addOrderBy("t.id", "ASC")
    .limit(500)
    .getMany();
}

/**
 * The signed-in person's registrations, newest training first: ONE per training in its
 * current state (a cancelled registration followed by a new one for the same training is
 * one row; a place given up for good still shows as CANCELLED).
 */
export async function myRegistrations(ctx: Context): Promise<Registration[]> {
  const user = requireUser(ctx);
  return ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .innerJoin(Training, "t", "t.id = r.training_id")
    // The person's own registrations; colleagues they registered show on the training's page.
    .where("r.user_id = :uid AND r.attendee_email IS NULL", { uid: user.id })
    .andWhere(
      // The live registration (at most one per person and training) wins; otherwise the
      // latest cancelled one. Not registration time alone: imported or seeded rows may
      // carry any time.
      `NOT EXISTS (SELECT 1 FROM registrations later WHERE later.training_id = r.training_id AND later.user_id = r.user_id AND later.attendee_email IS NULL
         AND ((later.status <> 'CANCELLED')::int, later.registered_at, later.id) > ((r.status <> 'CANCELLED')::int, r.registered_at, r.id))`,
    )
    .orderBy("t.starts_at", "DESC")
    .addOrderBy("r.registered_at", "DESC")
    .getMany();
}

/** Registrations of one training for its organisers, in registration order. */
export async function trainingRegistrations(
  ctx: Context,
  trainingId: string,
  status?: RegistrationStatus | null,
): Promise<Registration[]> {
  if (!canOrganise(ctx.user)) throw forbidden();
  if (!(await findTraining(ctx.db, trainingId))) throw notFound("Training");
  const qb = ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :id", { id: trainingId })
    .orderBy("r.registered_at", "ASC")
    .addOrderBy("r.id", "ASC");
  if (status) qb.andWhere("r.status = :status", { status });
  return qb.getMany();
}

/** Figures of the programme: held events and attendance, optionally within [from, to). */
export async function trainingFigures(db: DataSource, from?: Date | null, to?: Date | null) {
  if (from && to && from.getTime() > to.getTime()) throw badInput({ to: "Must not be before from" });
  const [row]: Record<string, number>[] = await db.query(
    `WITH held AS (
       SELECT id, kind FROM trainings
        WHERE cancelled_at IS NULL AND ends_at < now()
          AND ($1::timestamptz IS NULL OR starts_at >= $1) AND ($2::timestamptz IS NULL OR starts_at < $2)
     ), came AS (
       -- A colleague registered in a group is a person of their own, known by e-mail.
       SELECT coalesce(r.attendee_email, r.user_id::text) AS user_id, r.audience FROM registrations r JOIN held h ON h.id = r.training_id WHERE r.attended_at IS NOT NULL
     )
     SELECT (SELECT count(*) FROM held WHERE kind = 'TRAINING')::int AS "trainingsHeld",
            (SELECT count(*) FROM held WHERE kind = 'MEETING')::int AS "meetingsHeld",
            (SELECT count(*) FROM came)::int AS "attendances",
            (SELECT count(DISTINCT user_id) FROM came)::int AS "peopleTrained",
            (SELECT count(DISTINCT user_id) FROM came WHERE audience = 'OFFICIALS')::int AS "officialsTrained",
            (SELECT count(DISTINCT user_id) FROM came WHERE audience = 'PES')::int AS "pesTrained",
            (SELECT count(DISTINCT user_id) FROM came WHERE audience = 'RESIDENTS')::int AS "residentsTrained"`,
    [from ?? null, to ?? null],
  );
  return row as unknown as import("./trainings.types").TrainingFigures;
}
