import { graphql } from "../../lib/graphql-document";

export const FiguresDetailQuery = graphql(`
  query ProgrammeFiguresDetailPage($period: FiguresPeriod) {
    programmeFiguresDetail(period: $period) {
      premisesByMonth { month offered rented totalAreaM2 }
      trainings { id title kind startsAt endsAt seats registered waitlisted attended officials pes residents }
      trainingsByMonth { month held seats registered attended }
      demandsByCategory { category demands withSocialClause offers awarded }
      organizationsByDistrict { district count verified }
      subscribersByMonth { month confirmed unsubscribed total }
      noticesByKind { kind total available reserved handedOver closed }
      demandsWithoutOffer { id title category deadline clauseType }
    }
  }
`);
