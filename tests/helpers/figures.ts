import type { DataSource } from "typeorm";
import { FiguresDetailQuery } from "../../app/admin/figures/detail-query";
import { FiguresQuery } from "../../app/programme/figures/figures-query";
import { gql, ok } from "./graphql";

/** The public figures and the staff's detail of one period, each as its page asks for it. */
export async function figuresWithDetail(ds: DataSource, period: { from: string; to: string }, userId: string) {
  const [figures, detail] = await Promise.all([
    gql(ds, FiguresQuery, { period }, userId).then((r) => ok(r).programmeFigures),
    gql(ds, FiguresDetailQuery, { period }, userId).then((r) => ok(r).programmeFiguresDetail),
  ]);
  return { figures, detail };
}

type Figures = Awaited<ReturnType<typeof figuresWithDetail>>["figures"];
type Detail = Awaited<ReturnType<typeof figuresWithDetail>>["detail"];

/**
 * The detail breaks the public figures down: its rows of a period add up to the public
 * figures of the same period, whatever the data (a reader who compares the two pages finds
 * the same totals).
 */
export function expectDetailAddsUp(f: Figures, d: Detail): void {
  const sum = <R>(rows: readonly R[], column: keyof R) => rows.reduce((s, r) => s + Number(r[column]), 0);
  expect(d.trainings.filter((t) => t.kind === "TRAINING")).toHaveLength(f.trainings.trainingsHeld);
  expect(sum(d.trainings, "seats")).toBe(f.trainings.seatsOffered);
  expect(sum(d.trainings, "registered")).toBe(f.trainings.registered);
  expect(sum(d.trainings, "attended")).toBe(f.trainings.attended);
  expect(sum(d.premisesByMonth, "offered")).toBe(f.premises.offered);
  expect(sum(d.organizationsByDistrict, "count")).toBe(f.organizations.total);
  expect(sum(d.demandsByCategory, "demands")).toBe(f.marketplace.demandsPosted);
  expect(sum(d.demandsByCategory, "withSocialClause")).toBe(f.marketplace.demandsWithSocialClause);
  expect(sum(d.demandsByCategory, "offers")).toBe(f.marketplace.offersReceived);
  expect(sum(d.demandsByCategory, "awarded")).toBe(f.marketplace.demandsAwarded);
  expect(d.noticesByKind.map((n) => ({ kind: n.kind, count: n.total, handedOver: n.handedOver }))).toEqual(f.marketplace.noticesByKind);
}
