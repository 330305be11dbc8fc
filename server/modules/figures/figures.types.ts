import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType("FiguresPeriod", { description: "A period of the programme; both ends optional, inclusive." })
export class FiguresPeriod {
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

/** The period the figures cover, as asked (in the schema only through the figures types). */
@ObjectType()
abstract class FiguresOfPeriod {
  @Field(() => Date, { nullable: true }) from: Date | null;
  @Field(() => Date, { nullable: true }) to: Date | null;
}

/** The premises counts of the whole city and of each district (in the schema only through those two types). */
@ObjectType()
abstract class PremisesCounts {
  @Field(() => Int) offered: number;
  @Field(() => Int) available: number;
  @Field(() => Int) reserved: number;
  @Field(() => Int) rented: number;
  @Field(() => Float) totalAreaM2: number;
  @Field(() => Float, { nullable: true }) meanRentPerM2: number | null;
}

@ObjectType("ProgrammeDistrictFigures")
export class DistrictPremisesFigures extends PremisesCounts {
  @Field() district: string;
}

@ObjectType("ProgrammePremisesFigures")
export class PremisesFigures extends PremisesCounts {
  @Field(() => [DistrictPremisesFigures]) byDistrict: DistrictPremisesFigures[];
}

@ObjectType("ProgrammeTrainingFigures")
export class TrainingFigures {
  @Field(() => Int, { description: "Trainings (kind TRAINING) that ended in the period, not cancelled." }) trainingsHeld: number;
  @Field(() => Int, { description: "Meetings that ended in the period, not cancelled." }) meetingsHeld: number;
  @Field(() => Int) seatsOffered: number;
  @Field(() => Int, { description: "Confirmed registrations." }) registered: number;
  @Field(() => Int) attended: number;
  @Field(() => Int, { description: "Confirmed registrations of officials." }) officials: number;
  @Field(() => Int, { description: "Confirmed registrations of PES representatives." }) pes: number;
  @Field(() => Int, { description: "Confirmed registrations of residents." }) residents: number;
}

/** Organisations of one group and how many of them are verified (in the schema only through the legal form and district rows). */
@ObjectType()
abstract class OrganizationCounts {
  @Field(() => Int) count: number;
  @Field(() => Int) verified: number;
}

@ObjectType("ProgrammeLegalFormFigures")
export class LegalFormFigures extends OrganizationCounts {
  @Field() legalForm: string;
}

@ObjectType("ProgrammeOrganizationFigures")
export class OrganizationFigures {
  @Field(() => Int) total: number;
  @Field(() => Int) verified: number;
  @Field(() => [LegalFormFigures]) byLegalForm: LegalFormFigures[];
}

@ObjectType("ProgrammeNoticeKindFigures")
export class NoticeKindFigures {
  @Field() kind: string;
  @Field(() => Int) count: number;
  @Field(() => Int, { description: "Notices that reached a handover." }) handedOver: number;
}

@ObjectType("ProgrammeMarketplaceFigures")
export class MarketplaceFigures {
  @Field(() => [NoticeKindFigures]) noticesByKind: NoticeKindFigures[];
  @Field(() => Int) products: number;
  @Field(() => Int) demandsPosted: number;
  @Field(() => Int) demandsWithSocialClause: number;
  @Field(() => Int) offersReceived: number;
  @Field(() => Int) demandsAwarded: number;
}

@ObjectType("ProgrammeMonthCount")
export class MonthCount {
  @Field({ description: "YYYY-MM" }) month: string;
  @Field(() => Int) count: number;
  @Field(() => Int, { description: "Running total at the end of the month." }) total: number;
}

@ObjectType("ProgrammeNewsletterFigures")
export class NewsletterFigures {
  @Field(() => Int) confirmedSubscribers: number;
  @Field(() => [MonthCount]) confirmedByMonth: MonthCount[];
}

@ObjectType("ProgrammeSocialValueYear", { description: "What the programme delivered in one calendar year (Europe/Warsaw)." })
export class SocialValueYear {
  @Field(() => Int) year: number;
  @Field(() => Float, { description: "PLN: the prices of the offers awarded that year (every offer is a PES's)." }) spendWithPes: number;
  @Field(() => Int) demandsAwarded: number;
  @Field(() => Int, { description: "Demands published that year." }) demandsPosted: number;
  @Field(() => Int) clauseNone: number;
  @Field(() => Int, { description: "Reserved contracts, art. 94 Pzp." }) clauseReservedContract: number;
  @Field(() => Int, { description: "Employment clauses, art. 96 Pzp." }) clauseEmployment: number;
  @Field(() => Int) clauseOtherSocial: number;
  @Field(() => Int, { description: "Demands published that year, past their deadline, without any PES offer." }) demandsWithoutOffer: number;
  @Field(() => Int, { description: "Items given away or exchanged and handed over that year." }) itemsReused: number;
  @Field(() => Float, { description: "The sum of the estimated values of those items, PLN (items without an estimate count 0)." }) itemsReusedValue: number;
  @Field(() => Int, { description: "Loans handed over that year." }) loansHandedOver: number;
}

@ObjectType("ProgrammeDemandFollowUp", { description: "A demand past its deadline without any PES offer (for staff to follow up)." })
export class DemandFollowUp {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => Date) deadline: Date;
  @Field() clauseType: string;
}

@ObjectType("ProgrammeFigures", { description: "How the programme is carried out, computed from the data with SQL aggregates." })
export class ProgrammeFigures extends FiguresOfPeriod {
  @Field(() => PremisesFigures) premises: PremisesFigures;
  @Field(() => TrainingFigures) trainings: TrainingFigures;
  @Field(() => OrganizationFigures) organizations: OrganizationFigures;
  @Field(() => MarketplaceFigures) marketplace: MarketplaceFigures;
  @Field(() => NewsletterFigures, { nullable: true, description: "Subscriber numbers: OFFICIAL and ADMIN only (null for others)." })
  newsletter: NewsletterFigures | null;
  @Field(() => [SocialValueYear], { description: "The social value per year: spend with PES, clause types, demands without offers, items reused." })
  socialValue: SocialValueYear[];
}

// ---- The detailed figures for the monitoring team (OFFICIAL and ADMIN only) ----

@ObjectType("ProgrammePremisesMonth")
export class PremisesMonth {
  @Field({ description: "YYYY-MM (Warsaw time), by publication." }) month: string;
  @Field(() => Int) offered: number;
  @Field(() => Int, { description: "Of those, rented now." }) rented: number;
  @Field(() => Float) totalAreaM2: number;
}

@ObjectType("ProgrammeTrainingDetail", { description: "One training or meeting that ended in the period." })
export class TrainingDetail {
  @Field() id: string;
  @Field() title: string;
  @Field() kind: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field(() => Int, { description: "Capacity." }) seats: number;
  @Field(() => Int, { description: "Confirmed registrations." }) registered: number;
  @Field(() => Int) waitlisted: number;
  @Field(() => Int) attended: number;
  @Field(() => Int) officials: number;
  @Field(() => Int) pes: number;
  @Field(() => Int) residents: number;
}

@ObjectType("ProgrammeTrainingMonth")
export class TrainingMonth {
  @Field({ description: "YYYY-MM (Warsaw time) in which the trainings ended." }) month: string;
  @Field(() => Int) held: number;
  @Field(() => Int) seats: number;
  @Field(() => Int) registered: number;
  @Field(() => Int) attended: number;
}

@ObjectType("ProgrammeDemandCategory")
export class DemandCategoryFigures {
  @Field(() => String, { nullable: true, description: "Null: demands without a category." }) category: string | null;
  @Field(() => Int) demands: number;
  @Field(() => Int) withSocialClause: number;
  @Field(() => Int) offers: number;
  @Field(() => Int) awarded: number;
}

@ObjectType("ProgrammeOrganizationDistrict")
export class OrganizationDistrictFigures extends OrganizationCounts {
  @Field(() => String, { nullable: true, description: "Null: no district given." }) district: string | null;
}

@ObjectType("ProgrammeSubscriberMonth")
export class SubscriberMonth {
  @Field({ description: "YYYY-MM (Warsaw time)" }) month: string;
  @Field(() => Int, { description: "Addresses confirmed in the month." }) confirmed: number;
  @Field(() => Int, { description: "Confirmed addresses that unsubscribed in the month." }) unsubscribed: number;
  @Field(() => Int, { description: "Subscribers at the end of the month (all history counted)." }) total: number;
}

@ObjectType("ProgrammeNoticeStatusFigures", { description: "Marketplace notices of one kind by status." })
export class NoticeStatusFigures {
  @Field() kind: string;
  @Field(() => Int) total: number;
  @Field(() => Int) available: number;
  @Field(() => Int) reserved: number;
  @Field(() => Int, { description: "Reached a handover (status HANDED_OVER)." }) handedOver: number;
  @Field(() => Int) closed: number;
}

@ObjectType("ProgrammeFiguresDetail", { description: "The detailed figures for the monitoring team: OFFICIAL and ADMIN only." })
export class ProgrammeFiguresDetail extends FiguresOfPeriod {
  @Field(() => [PremisesMonth]) premisesByMonth: PremisesMonth[];
  @Field(() => [TrainingDetail]) trainings: TrainingDetail[];
  @Field(() => [TrainingMonth]) trainingsByMonth: TrainingMonth[];
  @Field(() => [DemandCategoryFigures]) demandsByCategory: DemandCategoryFigures[];
  @Field(() => [OrganizationDistrictFigures], { description: "As of the period's end." }) organizationsByDistrict: OrganizationDistrictFigures[];
  @Field(() => [SubscriberMonth]) subscribersByMonth: SubscriberMonth[];
  @Field(() => [NoticeStatusFigures]) noticesByKind: NoticeStatusFigures[];
  @Field(() => [DemandFollowUp], { description: "Demands past their deadline without any PES offer (newest deadline first, at most 500)." })
  demandsWithoutOffer: DemandFollowUp[];
}
