import { Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Attachment } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import { Premises, PremisesLettingApplication, PremisesLettingRound } from "../../../entities/premises";
import { STAFF } from "../../auth/roles";
import type { Context } from "../../context";
import { PremisesLettingApplicationInput, PremisesLettingRoundInput } from "./premises.inputs";
import {
  applicationCount,
  applyToLettingRound,
  awardLettingRound,
  closeLettingRound,
  findLettingRound,
  lettingResult,
  listLettingRounds,
  markPremisesRented,
  myLettingApplications,
  openLettingRound,
  visibleApplications,
} from "./premises.letting";
import { addLettingApplicationDocument, removeLettingApplicationDocument } from "./premises.letting.documents";
import { managesPremises } from "./premises.policy";
import { PremisesLettingResult } from "./premises.types";
import { IdArg, InputArg, StoredDocumentArgs } from "../arguments";

@Resolver(() => PremisesLettingRound)
export class PremisesLettingRoundResolver {
  @Query(() => [PremisesLettingRound], { description: "Letting rounds of premises, newest first: conditions, status and the public result." })
  premisesLettingRounds(@IdArg("premisesId") premisesId: string, @Ctx() ctx: Context): Promise<PremisesLettingRound[]> {
    return listLettingRounds(ctx.db, premisesId);
  }

  @Query(() => PremisesLettingRound, { nullable: true, description: "Null when absent." })
  premisesLettingRound(@IdArg() id: string, @Ctx() ctx: Context): Promise<PremisesLettingRound | null> {
    return findLettingRound(ctx.db, id);
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesLettingRound, { description: "The official in charge (or an admin) opens a round for available premises." })
  openPremisesLettingRound(@InputArg(PremisesLettingRoundInput) input: PremisesLettingRoundInput, @Ctx() ctx: Context): Promise<PremisesLettingRound> {
    return openLettingRound(ctx, input);
  }

  @Authorized()
  @Mutation(() => PremisesLettingApplication, { description: "A member of a verified PES applies before the deadline; sealed like offers on demands." })
  applyToPremisesLettingRound(@InputArg(PremisesLettingApplicationInput) input: PremisesLettingApplicationInput, @Ctx() ctx: Context): Promise<PremisesLettingApplication> {
    return applyToLettingRound(ctx, input);
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesLettingRound, { description: "After the deadline, the official in charge chooses one application; the premises become RESERVED." })
  awardPremisesLettingRound(@IdArg("roundId") roundId: string, @IdArg("applicationId") applicationId: string, @Ctx() ctx: Context): Promise<PremisesLettingRound> {
    return awardLettingRound(ctx, roundId, applicationId);
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesLettingRound, { description: "The official in charge closes an open round without a choice." })
  closePremisesLettingRound(@IdArg("roundId") roundId: string, @Ctx() ctx: Context): Promise<PremisesLettingRound> {
    return closeLettingRound(ctx, roundId);
  }

  @Authorized(STAFF)
  @Mutation(() => Premises, { description: "The official in charge marks RESERVED premises as RENTED." })
  markPremisesRented(@IdArg("premisesId") premisesId: string, @Ctx() ctx: Context): Promise<Premises> {
    return markPremisesRented(ctx, premisesId);
  }

  @FieldResolver(() => [PremisesLettingApplication], {
    description: "Sealed: the viewer's organisation's own application at any time; all of them for the official in charge and admins after the deadline.",
  })
  applications(@Root() r: PremisesLettingRound, @Ctx() ctx: Context): Promise<PremisesLettingApplication[]> {
    return visibleApplications(ctx, r);
  }

  @FieldResolver(() => Int, { nullable: true, description: "How many applied; null until the deadline (a count would break the seal)." })
  applicationCount(@Root() r: PremisesLettingRound, @Ctx() ctx: Context): Promise<number | null> {
    return applicationCount(ctx.db, r);
  }

  @FieldResolver(() => Boolean, { description: "Whether the round still takes applications." })
  acceptsApplications(@Root() r: PremisesLettingRound): boolean {
    return r.status === "OPEN" && r.deadline.getTime() > Date.now();
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer runs this round (the official in charge or an admin)." })
  async canManage(@Root() r: PremisesLettingRound, @Ctx() ctx: Context): Promise<boolean> {
    const premises = await ctx.loaders.premisesById.load(r.premisesId);
    return !!premises && managesPremises(ctx, premises);
  }

  @FieldResolver(() => PremisesLettingResult, { nullable: true, description: "Public once awarded: who, at what rent." })
  result(@Root() r: PremisesLettingRound, @Ctx() ctx: Context): Promise<PremisesLettingResult | null> {
    return lettingResult(ctx.db, r);
  }
}

@Resolver(() => PremisesLettingApplication)
export class PremisesLettingApplicationResolver {
  @Authorized()
  @Mutation(() => Attachment, {
    description:
      "Registers a document uploaded by POST /premises/letting/{roundId}/documents on the own organisation's application, before the deadline (at most 5); sealed like the application.",
  })
  addLettingApplicationDocument(
    @IdArg("roundId") roundId: string,
    @Args(() => StoredDocumentArgs) { key, fileName }: StoredDocumentArgs,
    @Ctx() ctx: Context,
  ): Promise<Attachment> {
    return addLettingApplicationDocument(ctx, roundId, key, fileName ?? null);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Removes a document of the own organisation's application before the deadline." })
  removeLettingApplicationDocument(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removeLettingApplicationDocument(ctx, id);
  }

  @Authorized()
  @Query(() => [PremisesLettingApplication], { description: "The letting applications the signed-in person made for their organisation, newest first." })
  myPremisesLettingApplications(@Ctx() ctx: Context): Promise<PremisesLettingApplication[]> {
    return myLettingApplications(ctx);
  }

  @FieldResolver(() => PremisesLettingRound, { nullable: true, description: "The round applied to (its conditions and status are public)." })
  round(@Root() a: PremisesLettingApplication, @Ctx() ctx: Context): Promise<PremisesLettingRound | null> {
    return ctx.loaders.lettingRoundById.load(a.roundId);
  }

  @FieldResolver(() => Premises, { nullable: true, description: "The premises of the round." })
  async premises(@Root() a: PremisesLettingApplication, @Ctx() ctx: Context): Promise<Premises | null> {
    const round = await ctx.loaders.lettingRoundById.load(a.roundId);
    return round ? ctx.loaders.premisesById.load(round.premisesId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the round was awarded to this application." })
  async awarded(@Root() a: PremisesLettingApplication, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.lettingRoundById.load(a.roundId))?.awardedApplicationId === a.id;
  }

  @FieldResolver(() => [Attachment], { description: "Uploaded documents; seen by whoever may see the application." })
  documents(@Root() a: PremisesLettingApplication, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByLettingApplicationId.load(a.id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() a: PremisesLettingApplication, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.organizationById.load(a.organizationId);
  }
}
