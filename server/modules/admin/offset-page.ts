import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";

/** `first` and `offset` of a back-office list numbered by offset (`@Args() page: OffsetArgs`). */
@ArgsType()
export class OffsetArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: "Must be 1 to 100" })
  @Max(100, { message: "Must be 1 to 100" })
  first: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: "Must be ≥ 0" })
  @Max(1_000_000, { message: "Must be ≥ 0" })
  offset: number;
}

/** One page of such a list and the count of all its rows: `@ObjectType("XPage") class XPage extends offsetPageOf(X) {}`. */
export function offsetPageOf<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class OffsetPage {
    @Field(() => [item]) items: T[];
    @Field(() => Int) total: number;
  }
  return OffsetPage;
}
