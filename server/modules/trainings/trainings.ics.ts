import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Training } from "../../../entities/trainings";
import { appLink } from "../../mail/templates";
import { multiLine, singleLine } from "../../../entities/safe-text";

/**
 * An iCalendar (RFC 5545) document of `trainings`: stable UIDs (so a re-import updates the
 * event instead of duplicating it), times in UTC, the page's URL, and STATUS:CANCELLED
 * for cancelled ones.
 */
export function trainingCalendar(trainings: Training[], opts: { name: string; method?: "PUBLISH" }): string {
  const cal = ical({
    name: singleLine(opts.name),
    prodId: { company: "Gmina Miasta Torun", product: "PES-TOR", language: "PL" },
    url: appLink("/trainings"),
    ttl: 60 * 60,
  });
  if (opts.method) cal.method(ICalCalendarMethod.PUBLISH);
  for (const t of trainings) {
    const url = appLink(`/trainings/${t.id}`);
    cal.createEvent({
      id: `training-${t.id}@pestor`,
      start: t.startsAt,
      end: t.endsAt,
      stamp: t.updatedAt ?? new Date(),
      summary: singleLine(t.title),
      description: [multiLine(t.description ?? ""), url].filter(Boolean).join("\n\n"),
      location: singleLine(t.address ? `${t.venue}, ${t.address}` : t.venue),
      url,
      status: t.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: t.topics.map((name) => ({ name: singleLine(name) })),
    });
  }
  return cal.toString();
}
