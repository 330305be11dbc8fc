import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Demand, DemandAmendment, DemandQuestion, DemandStatus, Offer } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { awardOffer, closeDemand, createDemand, findDemand, listDemands, myOffer, submitOffer, withdrawOffer } from "./demands.service";
import { DemandAmendmentInput, DemandFilter, DemandInput, OfferInput } from "./marketplace.inputs";
import { canSeeAllOffers, deadlinePassed, managesDemand } from "./marketplace.policy";
import { DemandAward, DemandConnection } from "./marketplace.types";
import { answerDemandQuestion, askDemandQuestion } from "./demands.questions";
import { amendDemand } from "./demands.amendments";
import { demandCategories, myDemandSubscriptions, subscribeToDemandCategory, unsubscribeFromDemandCategory } from "./subscriptions.service";
import { STAFF } from "../../auth/roles";
import { listQueryOf } from "../pagination";
import { IdArg, InputArg } from "../arguments";

export const DemandListResolver = listQueryOf("demands", DemandConnection, DemandFilter, listDemands, "Demands and requests for quotation, latest deadline first.");

@Resolver(() => Demand)
export class DemandResolver {
  @Query(() => Demand, { nullable: true })
  demand(@Ctx() ctx: Context, @IdArg() id: string): Promise<Demand | null> {
    return findDemand(ctx, id);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, { description: "OFFICIAL, ADMIN; the deadline must be in the future." })
  createDemand(@Ctx() ctx: Context, @InputArg(DemandInput) input: DemandInput) {
    return createDemand(ctx, input);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => Offer, { description: "Verified PES_MEMBER; again = replaces the own organisation's offer." })
  submitOffer(@Ctx() ctx: Context, @IdArg("demandId") demandId: string, @InputArg(OfferInput) input: OfferInput) {
    return submitOffer(ctx, demandId, input);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => Boolean, { description: "Withdraws the own organisation's offer before the deadline." })
  withdrawOffer(@Ctx() ctx: Context, @IdArg("demandId") demandId: string) {
    return withdrawOffer(ctx, demandId);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, { description: "The posting official or an admin, after the deadline; the PES are e-mailed." })
  awardOffer(@Ctx() ctx: Context, @IdArg("offerId") offerId: string) {
    return awardOffer(ctx, offerId);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, { description: "The posting official or an admin closes the demand without an award." })
  closeDemand(@Ctx() ctx: Context, @IdArg() id: string) {
    return closeDemand(ctx, id);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => DemandQuestion, { description: "Verified PES_MEMBER, before the deadline; public without the asker's identity." })
  askDemandQuestion(
    @Ctx() ctx: Context,
    @IdArg("demandId") demandId: string,
    @Arg("question", () => String) question: string,
  ) {
    return askDemandQuestion(ctx, demandId, question);
  }

  @Authorized(STAFF)
  @Mutation(() => DemandQuestion, { description: "The posting official or an admin, once; e-mailed to bidders and followers of the category." })
  answerDemandQuestion(@Ctx() ctx: Context, @IdArg("questionId") questionId: string, @Arg("answer", () => String) answer: string) {
    return answerDemandQuestion(ctx, questionId, answer);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, {
    description: "The posting official or an admin, before the deadline; public with its note; shortening the deadline with offers in is CONFLICT.",
  })
  amendDemand(@Ctx() ctx: Context, @IdArg() id: string, @InputArg(DemandAmendmentInput) input: DemandAmendmentInput) {
    return amendDemand(ctx, id, input);
  }

  @Authorized()
  @Query(() => [String], { description: "Categories whose new demands the signed-in person gets by e-mail." })
  myDemandSubscriptions(@Ctx() ctx: Context) {
    return myDemandSubscriptions(ctx);
  }

  @Query(() => [String], { description: "Categories used by demands and catalogue entries." })
  demandCategories(@Ctx() ctx: Context) {
    return demandCategories(ctx);
  }

  @Authorized("PES_MEMBER", "ADMIN")
  @Mutation(() => [String], { description: "Get new demands of this category in an e-mail digest; returns all own categories." })
  subscribeToDemandCategory(@Ctx() ctx: Context, @Arg("category", () => String) category: string) {
    return subscribeToDemandCategory(ctx, category);
  }

  @Authorized()
  @Mutation(() => [String])
  unsubscribeFromDemandCategory(@Ctx() ctx: Context, @Arg("category", () => String) category: string) {
    return unsubscribeFromDemandCategory(ctx, category);
  }

  @FieldResolver(() => [Offer], {
    nullable: true,
    description: "Sealed: null for everyone but the posting official and admins, and for them too before the deadline.",
  })
  async offers(@Root() d: Demand, @Ctx() ctx: Context): Promise<Offer[] | null> {
    return canSeeAllOffers(ctx, d) ? ctx.loaders.offersByDemandId.load(d.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Visible to the posting official and admins (null for others)." })
  async offerCount(@Root() d: Demand, @Ctx() ctx: Context): Promise<number | null> {
    return managesDemand(ctx, d) ? ctx.loaders.offerCountByDemandId.load(d.id) : null;
  }

  @FieldResolver(() => Offer, { nullable: true, description: "The viewer's organisation's own offer (PES only)." })
  myOffer(@Root() d: Demand, @Ctx() ctx: Context): Promise<Offer | null> {
    return myOffer(ctx, d);
  }

  @FieldResolver(() => [DemandQuestion], { description: "Public questions and answers, oldest first; nobody's identity." })
  questions(@Root() d: Demand, @Ctx() ctx: Context): Promise<DemandQuestion[]> {
    return ctx.loaders.questionsByDemandId.load(d.id);
  }

  @FieldResolver(() => [DemandAmendment], { description: "The public change history, oldest first." })
  amendments(@Root() d: Demand, @Ctx() ctx: Context): Promise<DemandAmendment[]> {
    return ctx.loaders.amendmentsByDemandId.load(d.id);
  }

  @FieldResolver(() => DemandAward, { nullable: true, description: "Public once awarded: the chosen organisation, price and date. Nothing of the other offers." })
  async award(@Root() d: Demand, @Ctx() ctx: Context): Promise<DemandAward | null> {
    if (d.status !== DemandStatus.AWARDED || !d.awardedOfferId || !d.decidedAt) return null;
    const offer = await ctx.loaders.awardedOfferById.load(d.awardedOfferId);
    if (!offer || offer.demandId !== d.id) return null;
    const organization = await ctx.loaders.organizationById.load(offer.organizationId);
    if (!organization) return null;
    return { organization, price: offer.price, awardedAt: d.decidedAt };
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer posted it (or is an admin)." })
  viewerManages(@Root() d: Demand, @Ctx() ctx: Context): boolean {
    return managesDemand(ctx, d);
  }

  @FieldResolver(() => Boolean, { description: "True while offers are accepted." })
  acceptingOffers(@Root() d: Demand): boolean {
    return d.status === "OPEN" && !deadlinePassed(d);
  }
}

@Resolver(() => DemandQuestion)
export class DemandQuestionResolver {
  @FieldResolver(() => Boolean, { description: "True for the viewer's own question — told to them alone; nobody else learns who asked." })
  askedByViewer(@Root() q: DemandQuestion, @Ctx() ctx: Context): boolean {
    return !!ctx.user && q.askedById === ctx.user.id;
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @FieldResolver(() => Organization)
  organization(@Root() o: Offer, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(o.organizationId);
  }

  @FieldResolver(() => Boolean, { description: "True for the offer the official picked." })
  async awarded(@Root() o: Offer, @Ctx() ctx: Context): Promise<boolean> {
    const d = await ctx.loaders.demandById.load(o.demandId);
    return d?.awardedOfferId === o.id;
  }
}
