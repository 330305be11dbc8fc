import { Field, Float, Int, ObjectType } from "type-graphql";
import { Organization } from "../../../entities/organizations";
import { Demand, DateScalar, EquipmentNotice, Product } from "../../../entities/marketplace";
import { PageInfo } from "../pagination";

@ObjectType("EquipmentNoticeEdge")
export class EquipmentNoticeEdge {
  @Field() cursor: string;
  @Field(() => EquipmentNotice) node: EquipmentNotice;
}

@ObjectType("EquipmentNoticeConnection")
export class EquipmentNoticeConnection {
  @Field(() => [EquipmentNoticeEdge]) edges: EquipmentNoticeEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType("ProductEdge")
export class ProductEdge {
  @Field() cursor: string;
  @Field(() => Product) node: Product;
}

@ObjectType("ProductConnection")
export class ProductConnection {
  @Field(() => [ProductEdge]) edges: ProductEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType("DemandEdge")
export class DemandEdge {
  @Field() cursor: string;
  @Field(() => Demand) node: Demand;
}

@ObjectType("DemandConnection")
export class DemandConnection {
  @Field(() => [DemandEdge]) edges: DemandEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType("OrganizationEdge")
export class OrganizationEdge {
  @Field() cursor: string;
  @Field(() => Organization) node: Organization;
}

@ObjectType("OrganizationConnection")
export class OrganizationConnection {
  @Field(() => [OrganizationEdge]) edges: OrganizationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

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
