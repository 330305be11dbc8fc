import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Premises } from "../../../entities/premises";
import { connectionOf } from "../pagination";

@ObjectType("PremisesConnection")
export class PremisesConnection extends connectionOf(Premises, "Premises") {}

@ObjectType("PremisesDistrictFacet")
export class PremisesDistrictFacet {
  @Field()
  district: string;

  @Field(() => Int)
  count: number;
}

@ObjectType("PremisesRentBucket", { description: "Premises with from ≤ monthlyRent < to (the last bucket includes `to`)" })
export class PremisesRentBucket {
  @Field(() => Float)
  from: number;

  @Field(() => Float)
  to: number;

  @Field(() => Int)
  count: number;
}

@ObjectType("PremisesFacets")
export class PremisesFacets {
  @Field(() => Int, { description: "Premises matching the whole filter" })
  totalCount: number;

  @Field(() => [PremisesDistrictFacet], {
    description: "Per district, premises matching every filter but `districts` (so other districts can be offered); districts with none are left out",
  })
  districts: PremisesDistrictFacet[];

  @Field(() => Float, { nullable: true })
  areaMin: number | null;

  @Field(() => Float, { nullable: true })
  areaMax: number | null;

  @Field(() => Float, { nullable: true })
  rentMin: number | null;

  @Field(() => Float, { nullable: true })
  rentMax: number | null;

  @Field(() => [PremisesRentBucket], { description: "Up to 8 equal-width rent ranges over the matching premises" })
  rentHistogram: PremisesRentBucket[];
}

@ObjectType("PremisesMapPoint", { description: "Just enough to draw a marker." })
export class PremisesMapPoint {
  @Field(() => ID)
  id: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field({ description: "The address." })
  title: string;
}

@ObjectType("PremisesMapPoints")
export class PremisesMapPoints {
  @Field(() => [PremisesMapPoint], { description: "Every match with coordinates, up to the limit." })
  points: PremisesMapPoint[];

  @Field(() => Int, { description: "How many matches have coordinates (may exceed the limit)." })
  totalCount: number;

  @Field({ description: "True when totalCount is over the limit and some points were left out." })
  truncated: boolean;
}

@ObjectType("PremisesLettingResult", { description: "The public result of an awarded letting round." })
export class PremisesLettingResult {
  @Field()
  organizationName: string;

  @Field(() => Float, { description: "The rent agreed, PLN per month." })
  rent: number;

  @Field()
  decidedAt: Date;
}
