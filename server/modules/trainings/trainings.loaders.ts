import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Registration, Training, type Audience, type RegistrationStatus } from "../../../entities/trainings";
import { loaderById, loaderOneByPair } from "../loading";

export interface TrainingCounts {
  confirmed: number;
  waitlisted: number;
  confirmedBy: Record<Audience, number>;
}

/**
 * Per-request DataLoaders of the trainings domain. Seat counts of a whole page come from
 * one grouped query, so a list costs the same number of statements whatever its length.
 */
export function createTrainingsLoaders(db: DataSource) {
  return {
    trainingById: loaderById(db, Training),

    trainingCounts: new DataLoader<string, TrainingCounts>(async (ids) => {
      const rows: { trainingId: string; status: RegistrationStatus; audience: Audience; n: number }[] = await db.query(
        `SELECT training_id AS "trainingId", status, audience, count(*)::int AS n
           FROM registrations WHERE training_id = ANY($1::uuid[]) AND status <> 'CANCELLED'
          GROUP BY training_id, status, audience`,
        [[...ids]],
      );
      const map = new Map<string, TrainingCounts>(
        ids.map((id) => [id, { confirmed: 0, waitlisted: 0, confirmedBy: { OFFICIALS: 0, PES: 0, RESIDENTS: 0 } }]),
      );
      for (const r of rows) {
        const c = map.get(r.trainingId)!;
        if (r.status === "CONFIRMED") {
          c.confirmed += r.n;
          c.confirmedBy[r.audience] += r.n;
        } else c.waitlisted += r.n;
      }
      return ids.map((id) => map.get(id)!);
    }),

    /** Key: `${userId}:${trainingId}` → that person's live registration, or null. */
    liveRegistrationOf: loaderOneByPair(db, Registration, ["user_id", "training_id"], (r) => `${r.userId}:${r.trainingId}`, {
      where: "row.status <> 'CANCELLED' AND row.attendee_email IS NULL",
    }),

    /** 1-based place on the waiting list by registration time; null unless WAITLISTED. */
    waitlistPosition: new DataLoader<string, number | null>(async (registrationIds) => {
      const rows: { id: string; pos: number }[] = await db.query(
        `SELECT id, pos FROM (
           SELECT r.id, row_number() OVER (PARTITION BY r.training_id ORDER BY r.registered_at, r.id)::int AS pos
             FROM registrations r
            WHERE r.status = 'WAITLISTED'
              AND r.training_id IN (SELECT training_id FROM registrations WHERE id = ANY($1::uuid[]))
         ) w WHERE id = ANY($1::uuid[])`,
        [[...registrationIds]],
      );
      const map = new Map(rows.map((r) => [r.id, r.pos]));
      return registrationIds.map((id) => map.get(id) ?? null);
    }),
  };
}
