import { Field, Float, InputType, Int, ObjectType } from "type-graphql";

@InputType("FiguresPeriod", { description: "A period of the programme; both ends optional, inclusive." })
export class FiguresPeriod {
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ObjectType("ProgrammeDistrictFigures")
export class DistrictPremisesFigures {
  @Field() district: string;
  @Field(() => Int) offered: number;
  @Field(() => Int) available: number;
  @Field(() => Int) reserved: number;
  @Field(() => Int) rented: number;
  @Field(() => Float) totalAreaM2: number;
  @Field(() => Float, { nullable: true }) meanRentPerM2: number | null;
}

@ObjectType("ProgrammePremisesFigures")
export class PremisesFigures {
  @Field(() => Int) offered: number;
  @Field(() => Int) available: number;
  @Field(() => Int) reserved: number;
  @Field(() => Int) rented: number;
  @Field(() => Float) totalAreaM2: number;
  @Field(() => Float, { nullable: true }) meanRentPerM2: number | null;
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

@ObjectType("ProgrammeLegalFormFigures")
export class LegalFormFigures {
  @Field() legalForm: string;
  @Field(() => Int) count: number;
  @Field(() => Int) verified: number;
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

@ObjectType("ProgrammeFigures", { description: "How the programme is carried out, computed from the data with SQL aggregates." })
export class ProgrammeFigures {
  @Field(() => Date, { nullable: true }) from: Date | null;
  @Field(() => Date, { nullable: true }) to: Date | null;
  @Field(() => PremisesFigures) premises: PremisesFigures;
  @Field(() => TrainingFigures) trainings: TrainingFigures;
  @Field(() => OrganizationFigures) organizations: OrganizationFigures;
  @Field(() => MarketplaceFigures) marketplace: MarketplaceFigures;
  @Field(() => NewsletterFigures, { nullable: true, description: "Subscriber numbers: OFFICIAL and ADMIN only (null for others)." })
  newsletter: NewsletterFigures | null;
}
