import ical, { ICalCalendarMethod } from "ical-generator";
import type { Premises, PremisesViewingSlot } from "../../../entities/premises";
import { singleLine } from "../../../entities/safe-text";
import { appLink } from "../../mail/templates";

/** The calendar file of a booked viewing (RFC 5545, UTC times, a stable UID per booking). */
export function viewingCalendar(slot: PremisesViewingSlot, premises: Pick<Premises, "id" | "address" | "district">, bookingId: string): string {
  const url = appLink(`/premises/${premises.id}`);
  const cal = ical({
    name: singleLine(`Oglądanie lokalu: ${premises.address}`),
    prodId: { company: "Gmina Miasta Torun", product: "PES-TOR", language: "PL" },
    method: ICalCalendarMethod.PUBLISH,
  });
  cal.createEvent({
    id: `premises-viewing-${bookingId}@pestor`,
    start: slot.startsAt,
    end: slot.endsAt,
    summary: singleLine(`Oglądanie lokalu: ${premises.address}`),
    description: url,
    location: singleLine(`${slot.place}, ${premises.address} (${premises.district})`),
    url,
  });
  return cal.toString();
}
