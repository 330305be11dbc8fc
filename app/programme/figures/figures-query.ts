import { graphql } from "../../lib/graphql-document";

export const FiguresQuery = graphql(`
  query ProgrammeFiguresPage($period: FiguresPeriod) {
    programmeFigures(period: $period) {
      premises {
        offered available reserved rented totalAreaM2 meanRentPerM2
        byDistrict { district offered available reserved rented totalAreaM2 meanRentPerM2 }
      }
      trainings { trainingsHeld meetingsHeld seatsOffered registered attended officials pes residents }
      organizations { total verified byLegalForm { legalForm count verified } }
      marketplace { noticesByKind { kind count handedOver } products demandsPosted demandsWithSocialClause offersReceived demandsAwarded }
      newsletter { confirmedSubscribers confirmedByMonth { month count total } }
      socialValue {
        year spendWithPes demandsAwarded demandsPosted clauseNone clauseReservedContract clauseEmployment clauseOtherSocial
        demandsWithoutOffer itemsReused itemsReusedValue loansHandedOver
      }
    }
  }
`);

/** "2013-01-01" → start of that day in Warsaw as ISO; "to" dates include the whole day. */
export function periodFrom(sp: { from?: string; to?: string }) {
  const ok = (s?: string) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined);
  const from = ok(sp.from);
  const to = ok(sp.to);
  return {
    from,
    to,
    period: from || to ? { from: from ? `${from}T00:00:00+01:00` : null, to: to ? `${to}T23:59:59+01:00` : null } : null,
  };
}
