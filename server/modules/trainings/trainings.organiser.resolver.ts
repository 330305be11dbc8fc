import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Registration, RegistrationStatus, Training, TrainingMaterial } from "../../../entities/trainings";
import type { Context } from "../../context";
import { STAFF } from "../../auth/roles";
import { IdArg, InputArg } from "../arguments";
import { editMutationsOf, idMutationsOf } from "../operations";
import { TrainingInput, TrainingMaterialInput, TrainingQuestionInput } from "./trainings.inputs";
import { addTrainingMaterial, deleteTrainingMaterial } from "./trainings.materials";
import { feedbackSummary } from "./trainings.feedback";
import { cancelTraining, checkInByCode, createTraining, emailRegistrants, markAttendance, setTrainingQuestions, updateTraining } from "./trainings.organiser";
import { trainingRegistrations } from "./trainings.queries";
import { TrainingFeedbackSummary } from "./trainings.types";

/** The organisers' operations that are only their service, guarded like TrainingOrganiserResolver. */
export const TrainingEditResolver = editMutationsOf(() => Training, TrainingInput, {
  create: ["createTraining", createTraining],
  update: ["updateTraining", updateTraining, "Changes a training; capacity/quotas never below the confirmed seats; freed seats go to the waiting list."],
}, { authorized: STAFF });

export const TrainingMaterialDeleteResolver = idMutationsOf(() => Boolean, { deleteTrainingMaterial: [deleteTrainingMaterial] }, { authorized: STAFF });

/**
 * The organisers' operations on trainings and their registrations: staff only, guarded once.
 * The fields of a training and a registration stay with TrainingResolver and
 * RegistrationResolver, which readers and registrants reach.
 */
@Authorized(STAFF)
@Resolver(() => Training)
export class TrainingOrganiserResolver {
  @Mutation(() => Training, { description: "Cancels a training and e-mails everyone registered." })
  cancelTraining(
    @IdArg() id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Training> {
    return cancelTraining(ctx, id, reason);
  }

  @Mutation(() => Int, { description: "E-mails every live registrant (or those of the given statuses); returns how many." })
  emailTrainingRegistrants(
    @IdArg("trainingId") trainingId: string,
    @Arg("subject") subject: string,
    @Arg("body") body: string,
    @Arg("statuses", () => [RegistrationStatus], { nullable: true }) statuses: RegistrationStatus[] | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return emailRegistrants(ctx, trainingId, subject.trim(), body.trim(), statuses ?? undefined);
  }

  @Mutation(() => Training, { description: "Organisers: the training's own registration questions (replaces the list; keep ids to keep answers)." })
  setTrainingQuestions(
    @IdArg("trainingId") trainingId: string,
    @Arg("questions", () => [TrainingQuestionInput]) questions: TrainingQuestionInput[],
    @Ctx() ctx: Context,
  ): Promise<Training> {
    return setTrainingQuestions(ctx, trainingId, questions);
  }

  @Mutation(() => TrainingMaterial, { description: "Organisers: attach a link or an uploaded file (POST /trainings/{id}/materials does the upload)." })
  addTrainingMaterial(@IdArg("trainingId") trainingId: string, @InputArg(TrainingMaterialInput) input: TrainingMaterialInput, @Ctx() ctx: Context): Promise<TrainingMaterial> {
    return addTrainingMaterial(ctx, trainingId, input);
  }

  @Query(() => TrainingFeedbackSummary, { description: "Organisers: the anonymous survey answers of a training." })
  trainingFeedbackSummary(@IdArg("trainingId") trainingId: string, @Ctx() ctx: Context): Promise<TrainingFeedbackSummary> {
    return feedbackSummary(ctx, trainingId);
  }

  @Query(() => [Registration], { description: "Organisers: registrations of a training in registration order." })
  trainingRegistrations(
    @IdArg("trainingId") trainingId: string,
    @Arg("status", () => RegistrationStatus, { nullable: true }) status: RegistrationStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Registration[]> {
    return trainingRegistrations(ctx, trainingId, status);
  }

  @Mutation(() => Registration)
  markAttendance(
    @IdArg("registrationId") registrationId: string,
    @Arg("attended") attended: boolean,
    @Ctx() ctx: Context,
  ): Promise<Registration> {
    return markAttendance(ctx, registrationId, attended);
  }

  @Mutation(() => Registration, { description: "Check-in by the code of the confirmation's QR code." })
  checkInByCode(
    @IdArg("trainingId") trainingId: string,
    @Arg("code") code: string,
    @Ctx() ctx: Context,
  ): Promise<Registration> {
    return checkInByCode(ctx, trainingId, code);
  }
}
