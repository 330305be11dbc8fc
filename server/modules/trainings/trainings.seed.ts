import { linkTokenHash } from "../../link-tokens";
import { newCancelToken } from "./cancel-tokens";
import type { EntityManager } from "typeorm";
import { Audience, Registration, RegistrationStatus, Training, TrainingKind } from "../../../entities/trainings";
import { TRAININGS_SEED, VENUE_COORDINATES } from "../../seed/data/trainings.data";
import type { DemoUserKey, SeedContext } from "../module";

/** Who of the demo accounts registered where (as which audience, and whether they came). */
const DEMO_REGISTRATIONS: { training: string; user: DemoUserKey; audience: Audience; attended?: boolean }[] = [
  { training: "spotkanie-pes-administracja-2013-06-20", user: "official", audience: Audience.OFFICIALS, attended: true },
  { training: "spotkanie-pes-administracja-2013-06-20", user: "pes", audience: Audience.PES, attended: true },
  { training: "szkolenie-mechanizmy-wspolpracy-2013-06-26", user: "official", audience: Audience.OFFICIALS, attended: true },
  { training: "szkolenie-mechanizmy-wspolpracy-2013-06-26", user: "pes", audience: Audience.PES, attended: true },
  { training: "szkolenie-mechanizmy-wspolpracy-2013-06-26", user: "pes2", audience: Audience.PES, attended: false },
  { training: "szkolenie-klauzule-spoleczne-2013-09-18", user: "pes2", audience: Audience.PES, attended: true },
  { training: "szkolenie-klauzule-spoleczne-2027-01-19", user: "pes", audience: Audience.PES },
  { training: "szkolenie-klauzule-spoleczne-2027-01-19", user: "official", audience: Audience.OFFICIALS },
  { training: "spotkanie-pes-administracja-2027-02-18", user: "pes2", audience: Audience.PES },
  { training: "warsztat-zakupy-prospoleczne-mieszkancy-2027-05-20", user: "resident", audience: Audience.RESIDENTS },
];

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Demo trainings and meetings (past ones with attendance, upcoming ones with a few seats taken). */
export async function seedTrainings(em: EntityManager, ctx: SeedContext): Promise<void> {
  const byKey = new Map<string, Training>();
  for (const s of TRAININGS_SEED) {
    const t = em.getRepository(Training).create({
      kind: s.kind === "MEETING" ? TrainingKind.MEETING : TrainingKind.TRAINING,
      title: s.title,
      description: s.description,
      venue: s.venue,
      address: s.address,
      latitude: s.address ? (VENUE_COORDINATES[s.address]?.[0] ?? null) : null,
      longitude: s.address ? (VENUE_COORDINATES[s.address]?.[1] ?? null) : null,
      onlineUrl: s.onlineUrl,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      registrationDeadline: s.registrationDeadline ? new Date(s.registrationDeadline) : null,
      capacity: s.capacity,
      audience: s.audience as Audience[],
      officialsQuota: s.quotas.OFFICIALS ?? null,
      pesQuota: s.quotas.PES ?? null,
      residentsQuota: s.quotas.RESIDENTS ?? null,
      topics: s.topics,
      trainers: s.trainers,
      host: s.host,
      askDietary: s.kind === "TRAINING" && !s.onlineUrl,
      askAccessibility: true,
      createdById: ctx.users.official.id,
    });
    await em.save(t);
    byKey.set(s.key, t);
  }
  let minute = 0;
  for (const r of DEMO_REGISTRATIONS) {
    const t = byKey.get(r.training);
    if (!t) throw new Error(`Seed: no training ${r.training}`);
    // Registered a few days before the deadline, in list order.
    const registeredAt = new Date((t.registrationDeadline ?? t.startsAt).getTime() - 5 * 86_400_000 + minute++ * 60_000);
    const past = t.endsAt.getTime() < Date.now();
    await em.insert(Registration, {
      trainingId: t.id,
      userId: ctx.users[r.user].id,
      status: RegistrationStatus.CONFIRMED,
      audience: r.audience,
      answers: { dietary: null, accessibility: null },
      registeredAt,
      attendedAt: past && r.attended ? t.startsAt : null,
      // Seeded people read no e-mail: only the hash of a token nobody holds, as for real rows.
      cancelToken: linkTokenHash(newCancelToken()),
      checkInCode: Array.from({ length: 8 }, () => CODE_ALPHABET[Math.floor(ctx.random() * CODE_ALPHABET.length)]).join(""),
    });
  }
}
