import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionOf } from "../pagination";

export enum SearchKind {
  PREMISES = "PREMISES",
  TRAINING = "TRAINING",
  NEWS = "NEWS",
  ORGANIZATION = "ORGANIZATION",
  EQUIPMENT = "EQUIPMENT",
  PRODUCT = "PRODUCT",
  DEMAND = "DEMAND",
}
registerEnumType(SearchKind, { name: "SearchKind", description: "The bases that one search looks through." });

@ObjectType("SearchHit", { description: "One public thing that matches a search." })
export class SearchHit {
  @Field(() => SearchKind) kind: SearchKind;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) snippet: string | null;
  @Field({ description: "Path of the page that shows it." }) url: string;
  @Field(() => Float, { description: "Relevance, higher first (trigram word similarity, title matches count more)." })
  score: number;
}

@ObjectType("SearchKindCount")
export class SearchKindCount {
  @Field(() => SearchKind) kind: SearchKind;
  @Field(() => Int) count: number;
}

@ObjectType("SearchConnection")
export class SearchConnection extends connectionOf(SearchHit, "SearchHit") {
  @Field(() => [SearchKindCount], { description: "Matches per kind for the same query (all kinds, whatever `kinds` says)." })
  countsByKind: SearchKindCount[];
}
