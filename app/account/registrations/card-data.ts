/** What a registration card shows (app/account/registrations/registration-cards.tsx). */
export type RegistrationStatus = "CONFIRMED" | "WAITLISTED" | "CANCELLED";

export interface RegistrationCardData {
  id: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  attended: boolean;
  training: { id: string; title: string; startsAt: string; endsAt: string; venue: string; cancelledAt: string | null };
}

interface RegistrationResult {
  id: string;
  status: string;
  waitlistPosition?: number | null;
  attended: boolean;
  training: { id: string; title: string; startsAt: unknown; endsAt: unknown; venue: string; cancelledAt?: unknown };
}

/**
 * Plain copies for the client component: the in-process GraphQL results are objects
 * without a prototype, which React refuses to pass from a server to a client component.
 */
export function toCardData(rows: readonly RegistrationResult[]): RegistrationCardData[] {
  return rows.map((r) => ({
    id: r.id,
    status: r.status as RegistrationStatus,
    waitlistPosition: r.waitlistPosition ?? null,
    attended: r.attended,
    training: {
      id: r.training.id,
      title: r.training.title,
      startsAt: String(r.training.startsAt),
      endsAt: String(r.training.endsAt),
      venue: r.training.venue,
      cancelledAt: r.training.cancelledAt ? String(r.training.cancelledAt) : null,
    },
  }));
}
