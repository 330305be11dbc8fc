import { Field, Float, ObjectType } from "type-graphql";
import { Organization } from "../../../entities/organizations";
import { Demand, DateScalar, EquipmentNotice, Product } from "../../../entities/marketplace";
import { connectionOf } from "../pagination";

@ObjectType("EquipmentNoticeConnection")
export class EquipmentNoticeConnection extends connectionOf(EquipmentNotice, "EquipmentNotice") {}

@ObjectType("ProductConnection")
export class ProductConnection extends connectionOf(Product, "Product") {}

@ObjectType("DemandConnection")
export class DemandConnection extends connectionOf(Demand, "Demand") {}

@ObjectType("OrganizationConnection")
export class OrganizationConnection extends connectionOf(Organization, "Organization") {}

/** Days taken by an APPROVED booking, shown publicly without the borrower. */
@ObjectType("BookedPeriod")
export class BookedPeriod {
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
}

/**
 * The published result of a request for quotation: the chosen organisation, its price and
 * the date. Only the awarded offer is ever described here; the others stay sealed.
 */
@ObjectType("DemandAward")
export class DemandAward {
  @Field(() => Organization) organization: Organization;
  @Field(() => Float, { description: "PLN, the awarded offer's price." }) price: number;
  @Field(() => Date) awardedAt: Date;
}
