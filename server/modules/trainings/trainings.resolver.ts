import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Audience, Registration, RegistrationStatus, Training, TrainingMaterial } from "../../../entities/trainings";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { GroupAttendeeInput, RegistrationAnswersInput, TrainingFeedbackInput, TrainingFilter } from "./trainings.inputs";
import { findMaterial, visibleMaterials } from "./trainings.materials";
import { feedbackForm, submitFeedback } from "./trainings.feedback";
import { answerText } from "./trainings.questions";
import { canOrganise, registrationRefusal } from "./trainings.policy";
import { myCertificate } from "./trainings.certificate";
import { findTraining, listTrainings, myRegistrations, trainingFigures, upcomingForFeed } from "./trainings.queries";
import { cancelRegistration, cancelRegistrationByToken, myGroup, registerForTraining, registerGroup, withdrawRegistration } from "./trainings.registrations";
import { trainingCalendar } from "./trainings.ics";
import { checkInQr } from "./trainings.mail";
import { AudienceSeats, QuestionAnswer, TrainingConnection, TrainingFeedbackForm, TrainingFigures, TrainingQuestion } from "./trainings.types";
import { AfterArg, FilterArg, FirstArg } from "../pagination";
import { IdArg, InputArg } from "../arguments";
import { contextQueriesOf } from "../operations";
import { asksForAny } from "../selection";
import type { TrainingCounts } from "./trainings.loaders";

/** The fields of a training read from its seat counts (ctx.loaders.trainingCounts). */
const SEAT_FIELDS: ReadonlySet<string> = new Set(["confirmedCount", "waitlistCount", "seatsLeft", "seatsByAudience"]);

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => TrainingConnection, { description: "Trainings and meetings, upcoming first (by start, then id), then past ones (most recent first)." })
  trainings(
    @Ctx() ctx: Context,
    @FirstArg() first: number,
    @AfterArg() after: string | null,
    @Arg("upcoming", () => Boolean, { nullable: true }) upcoming: boolean | null,
    @FilterArg(TrainingFilter) filter: TrainingFilter | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TrainingConnection> {
    // Seats asked for: the page's counts come with the page and wait in the loader the seat fields read.
    const seats = asksForAny(info, SEAT_FIELDS) ? (id: string, c: TrainingCounts) => void ctx.loaders.trainingCounts.prime(id, c) : undefined;
    return listTrainings(ctx.db, { first, after, upcoming, filter }, { seats });
  }

  @Query(() => Training, { nullable: true })
  training(@IdArg() id: string, @Ctx() ctx: Context): Promise<Training | null> {
    return findTraining(ctx.db, id);
  }

  @Query(() => String, { nullable: true, description: "iCalendar document of one training (null when absent)." })
  async trainingIcs(@IdArg() id: string, @Ctx() ctx: Context): Promise<string | null> {
    const t = await findTraining(ctx.db, id);
    return t ? trainingCalendar([t], { name: t.title }) : null;
  }

  @Query(() => String, { description: "iCalendar feed of upcoming trainings and meetings." })
  async upcomingTrainingsIcs(@Ctx() ctx: Context): Promise<string> {
    return trainingCalendar(await upcomingForFeed(ctx.db), { name: "PES-TOR – szkolenia i spotkania" });
  }

  @Query(() => TrainingFigures, { description: "Held trainings and meetings and people trained (officials vs PES), from recorded attendance." })
  trainingFigures(
    @Arg("from", () => Date, { nullable: true }) from: Date | null,
    @Arg("to", () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<TrainingFigures> {
    return trainingFigures(ctx.db, from, to);
  }

  @Query(() => TrainingMaterial, { nullable: true, description: "One material, when the caller may see it (its download route asks)." })
  trainingMaterial(@IdArg() id: string, @Ctx() ctx: Context): Promise<TrainingMaterial | null> {
    return findMaterial(ctx, id);
  }

  @Query(() => TrainingFeedbackForm, { nullable: true, description: "The survey link of the e-mail (no sign-in needed); null for an unknown link." })
  trainingFeedbackForm(@Arg("token") token: string, @Ctx() ctx: Context): Promise<TrainingFeedbackForm | null> {
    return feedbackForm(ctx.db, token);
  }

  @Mutation(() => Boolean, { description: "Anonymous survey answer by the link of the e-mail: checked-in attendees, once (CONFLICT after)." })
  submitTrainingFeedback(
    @Arg("token") token: string,
    @InputArg(TrainingFeedbackInput) input: TrainingFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return submitFeedback(ctx.db, token, input);
  }

  @FieldResolver(() => [TrainingQuestion], { description: "The organiser's own questions of the registration form." })
  questions(@Root() t: Training): TrainingQuestion[] {
    return t.questions ?? [];
  }

  @FieldResolver(() => [TrainingMaterial], { description: "Materials: public ones for everyone, the rest for confirmed attendees and organisers." })
  materials(@Root() t: Training, @Ctx() ctx: Context): Promise<TrainingMaterial[]> {
    return visibleMaterials(ctx, t);
  }

  @FieldResolver(() => [Registration], { description: "Colleagues the signed-in person registered (group registration), live ones." })
  myGroup(@Root() t: Training, @Ctx() ctx: Context): Promise<Registration[]> {
    return myGroup(ctx, t.id);
  }

  @FieldResolver(() => Int)
  async confirmedCount(@Root() t: Training, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.trainingCounts.load(t.id)).confirmed;
  }

  @FieldResolver(() => Int)
  async waitlistCount(@Root() t: Training, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.trainingCounts.load(t.id)).waitlisted;
  }

  @FieldResolver(() => Int)
  async seatsLeft(@Root() t: Training, @Ctx() ctx: Context): Promise<number> {
    return Math.max(0, t.capacity - (await ctx.loaders.trainingCounts.load(t.id)).confirmed);
  }

  @FieldResolver(() => [AudienceSeats], { description: "Seats per invited audience." })
  async seatsByAudience(@Root() t: Training, @Ctx() ctx: Context): Promise<AudienceSeats[]> {
    const c = await ctx.loaders.trainingCounts.load(t.id);
    const free = Math.max(0, t.capacity - c.confirmed);
    return t.audience.map((audience: Audience) => {
      const quota = t.quotaOf(audience);
      const confirmedCount = c.confirmedBy[audience];
      return {
        audience,
        quota,
        confirmedCount,
        seatsLeft: quota === null ? free : Math.max(0, Math.min(free, quota - confirmedCount)),
      };
    });
  }

  @FieldResolver(() => Boolean)
  online(@Root() t: Training): boolean {
    return !!t.onlineUrl;
  }

  @FieldResolver(() => String, { nullable: true, description: "The meeting link: organisers and confirmed participants only." })
  async onlineUrl(@Root() t: Training, @Ctx() ctx: Context): Promise<string | null> {
    if (!t.onlineUrl || !ctx.user) return null;
    if (canOrganise(ctx.user)) return t.onlineUrl;
    const r = await ctx.loaders.liveRegistrationOf.load(`${ctx.user.id}:${t.id}`);
    return r?.status === RegistrationStatus.CONFIRMED ? t.onlineUrl : null;
  }

  @FieldResolver(() => Registration, { nullable: true, description: "The signed-in person's live registration." })
  myRegistration(@Root() t: Training, @Ctx() ctx: Context): Promise<Registration | null> | null {
    if (!ctx.user) return null;
    return ctx.loaders.liveRegistrationOf.load(`${ctx.user.id}:${t.id}`);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why the signed-in person cannot register now (CANCELLED, STARTED, DEADLINE, AUDIENCE, SIGNED_OUT) or null.",
  })
  registrationClosedReason(@Root() t: Training, @Ctx() ctx: Context): string | null {
    if (!ctx.user) return registrationRefusal({ role: "ADMIN" as never }, t) ?? "SIGNED_OUT";
    return registrationRefusal(ctx.user, t);
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @Mutation(() => Registration, { description: "The cancel link of the e-mails (no sign-in needed)." })
  cancelRegistrationByToken(@Arg("token") token: string, @Ctx() ctx: Context): Promise<Registration> {
    return cancelRegistrationByToken(ctx.db, token);
  }

  @FieldResolver(() => Training)
  async training(@Root() r: Registration, @Ctx() ctx: Context): Promise<Training> {
    return (await ctx.loaders.trainingById.load(r.trainingId))!;
  }

  @FieldResolver(() => User)
  async user(@Root() r: Registration, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.userById.load(r.userId))!;
  }

  @FieldResolver(() => Int, { nullable: true })
  waitlistPosition(@Root() r: Registration, @Ctx() ctx: Context): Promise<number | null> | null {
    if (r.status !== RegistrationStatus.WAITLISTED) return null;
    return ctx.loaders.waitlistPosition.load(r.id);
  }

  @FieldResolver(() => Boolean)
  attended(@Root() r: Registration): boolean {
    return !!r.attendedAt;
  }

  @FieldResolver(() => String, { nullable: true, description: "Dietary needs (the person and organisers only)." })
  dietaryNeeds(@Root() r: Registration, @Ctx() ctx: Context): string | null {
    return this.mayReadAnswers(r, ctx) ? (r.answers?.dietary ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Accessibility needs (the person and organisers only)." })
  accessibilityNeeds(@Root() r: Registration, @Ctx() ctx: Context): string | null {
    return this.mayReadAnswers(r, ctx) ? (r.answers?.accessibility ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Check-in code (the person only; shown as a QR code)." })
  checkInCode(@Root() r: Registration, @Ctx() ctx: Context): string | null {
    return ctx.user?.id === r.userId && r.status === RegistrationStatus.CONFIRMED ? r.checkInCode : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Check-in QR code as SVG markup (the person only)." })
  checkInQrSvg(@Root() r: Registration, @Ctx() ctx: Context): Promise<string> | null {
    if (ctx.user?.id !== r.userId || r.status !== RegistrationStatus.CONFIRMED) return null;
    return checkInQr(r.trainingId, r.checkInCode);
  }

  @FieldResolver(() => String, { nullable: true, description: "A colleague registered in a group: their e-mail (the registrant and organisers only)." })
  attendeeEmail(@Root() r: Registration, @Ctx() ctx: Context): string | null {
    return this.mayReadAnswers(r, ctx) ? r.attendeeEmail : null;
  }

  @FieldResolver(() => [QuestionAnswer], { description: "Answers to the organiser's questions (the person and organisers only), in the form's order." })
  async questionAnswers(@Root() r: Registration, @Ctx() ctx: Context): Promise<QuestionAnswer[]> {
    const given = r.answers?.questions;
    if (!given || !this.mayReadAnswers(r, ctx)) return [];
    const t = await ctx.loaders.trainingById.load(r.trainingId);
    return (t?.questions ?? [])
      .filter((q) => q.id in given)
      .map((q) => {
        const v = given[q.id];
        return {
          questionId: q.id,
          label: q.label,
          text: typeof v === "string" ? v : null,
          choices: Array.isArray(v) ? v : null,
          yes: typeof v === "boolean" ? v : null,
          display: answerText(v) ?? "",
        };
      });
  }

  private mayReadAnswers(r: Registration, ctx: Context): boolean {
    return !!ctx.user && (ctx.user.id === r.userId || canOrganise(ctx.user));
  }
}

export const MyRegistrationsResolver = contextQueriesOf(
  { myRegistrations: [() => [Registration], myRegistrations, "The signed-in person's registrations, newest training first."] },
  { authorized: [] },
);

/** A signed-in person's own registrations: guarded once; a registration's fields stay with RegistrationResolver, which the cancel link reaches signed out. */
@Authorized()
@Resolver(() => Registration)
export class RegistrantResolver {
  @Query(() => String, { description: "The caller's attendance certificate (base64 PDF); FORBIDDEN without recorded attendance." })
  async myTrainingCertificate(@IdArg("trainingId") trainingId: string, @Ctx() ctx: Context): Promise<string> {
    return (await myCertificate(ctx, trainingId)).toString("base64");
  }

  @Mutation(() => Registration)
  registerForTraining(
    @IdArg("trainingId") trainingId: string,
    @Arg("answers", () => RegistrationAnswersInput, { nullable: true }) answers: RegistrationAnswersInput | null,
    @Ctx() ctx: Context,
  ): Promise<Registration> {
    return registerForTraining(ctx, trainingId, answers);
  }

  @Mutation(() => [Registration], {
    description: "A PES member of a verified organisation registers colleagues (each their own seat and e-mails); seats and quotas count people.",
  })
  registerGroupForTraining(
    @IdArg("trainingId") trainingId: string,
    @Arg("attendees", () => [GroupAttendeeInput]) attendees: GroupAttendeeInput[],
    @Ctx() ctx: Context,
  ): Promise<Registration[]> {
    return registerGroup(ctx, trainingId, attendees);
  }

  @Mutation(() => Registration, { description: "Cancels the caller's own registration; a freed seat goes to the waiting list." })
  cancelRegistration(@IdArg("trainingId") trainingId: string, @Ctx() ctx: Context): Promise<Registration> {
    return cancelRegistration(ctx, trainingId);
  }

  @Mutation(() => Registration, { description: "Cancels a registration by id: its owner or an organiser; others FORBIDDEN." })
  withdrawRegistration(@IdArg() id: string, @Ctx() ctx: Context): Promise<Registration> {
    return withdrawRegistration(ctx, id);
  }
}

@Resolver(() => TrainingMaterial)
export class TrainingMaterialResolver {
  @FieldResolver(() => String, { description: "The link, or the file's download address." })
  url(@Root() m: TrainingMaterial): string {
    return m.linkUrl ?? `/trainings/materials/${m.id}`;
  }

  @FieldResolver(() => Boolean)
  isFile(@Root() m: TrainingMaterial): boolean {
    return !!m.fileKey;
  }
}
