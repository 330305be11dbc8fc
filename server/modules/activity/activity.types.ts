import { Field, Int, ObjectType } from "type-graphql";

/** What waits for the signed-in person's decision — the header badge and the dashboard counts. */
@ObjectType("WaitingCounts")
export class WaitingCounts {
  @Field(() => Int, { description: "Booking requests on notices the person owns." })
  bookingRequests: number;

  @Field(() => Int, { description: "Item requests on notices the person owns." })
  itemRequests: number;

  @Field(() => Int, { description: "Extensions asked for on approved loans of notices the person owns." })
  extensionRequests: number;

  @Field(() => Int, { description: "Premises enquiries not yet answered: about the premises an official is in charge of; all of them for an admin." })
  enquiries: number;

  @Field(() => Int, { description: "ADMIN: official accounts, organisations and memberships waiting for approval." })
  approvals: number;

  @Field(() => Int, { description: "Demands of the official (all for an admin) whose deadline has passed and that are neither awarded nor closed." })
  demandsToDecide: number;

  @Field(() => Int, { description: "The sum of the above." })
  total: number;
}
