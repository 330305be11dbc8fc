import { Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { TrainingInvitation } from "../../../entities/trainings";
import { STAFF } from "../../auth/roles";
import type { Context } from "../../context";
import { TrainingInvitationInput } from "./trainings.inputs";
import { inviteToTraining, trainingInvitations } from "./trainings.invitations";
import { IdArg, InputArg } from "../arguments";

@ObjectType("TrainingInvitationOutcome")
export class TrainingInvitationOutcome {
  @Field(() => Int, { description: "Addresses e-mailed now." })
  invited: number;

  @Field(() => Int, { description: "Addresses invited to this training before: not e-mailed again." })
  skipped: number;
}

/** Organisers' invitations to a training (verified PES by category or district, pasted addresses). */
@Authorized(STAFF)
@Resolver(() => TrainingInvitation)
export class TrainingInvitationResolver {
  @Mutation(() => TrainingInvitationOutcome, { description: "Organisers invite the verified PES of chosen categories or districts and pasted addresses; each address once per training." })
  inviteToTraining(@Ctx() ctx: Context, @IdArg("trainingId") trainingId: string, @InputArg(TrainingInvitationInput) input: TrainingInvitationInput): Promise<TrainingInvitationOutcome> {
    return inviteToTraining(ctx, trainingId, input);
  }

  @Query(() => [TrainingInvitation], { description: "The invitations of a training, newest first (organisers only)." })
  trainingInvitations(@Ctx() ctx: Context, @IdArg("trainingId") trainingId: string): Promise<TrainingInvitation[]> {
    return trainingInvitations(ctx, trainingId);
  }
}
