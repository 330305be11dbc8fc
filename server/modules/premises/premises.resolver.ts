import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organization } from "../../../entities/organizations";
import { Premises, PremisesEnquiry, PremisesOrder, PremisesPhoto } from "../../../entities/premises";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { userNameOf } from "../users/users.loaders";
import { answersEnquiriesAbout } from "./premises.policy";
import { importPremisesCsv, PremisesImportResult, premisesToCsv } from "./premises.csv";
import { PremisesFilter, PremisesInput } from "./premises.inputs";
import {
  createPremises,
  deletePremises,
  findPremises,
  listForExport,
  mapPoints,
  premisesChangedSince,
  premisesCounting,
  premisesFacets,
  searchPremises,
  updatePremises,
} from "./premises.service";
import { cachedFilterRead } from "./premises.search";
import { enquiryRecipient, listEnquiries, markEnquiryHandled, myEnquiries, replyToEnquiry, sendEnquiry } from "./premises.enquiries.service";
import { PremisesConnection, PremisesFacets, PremisesMapPoints } from "./premises.types";
import { STAFF } from "../../auth/roles";
import { cachedRead } from "../../result-cache";
import { AfterArg, FilterArg, FirstArg } from "../pagination";
import { IdArg } from "../arguments";
import { editMutationsOf } from "../operations";

export const PremisesEditResolver = editMutationsOf(() => Premises, PremisesInput, { create: ["createPremises", createPremises], update: ["updatePremises", updatePremises] }, { authorized: STAFF });

@Resolver(() => Premises)
export class PremisesResolver {
  @Query(() => PremisesConnection, { description: "Premises matching every given filter, in the given order (id breaks ties), paged by cursor." })
  premisesSearch(
    @Ctx() ctx: Context,
    @FilterArg(PremisesFilter) filter: PremisesFilter | null,
    @Arg("orderBy", () => PremisesOrder, { nullable: true, defaultValue: PremisesOrder.RENT_ASC }) orderBy: PremisesOrder | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
  ): Promise<PremisesConnection> {
    const args = { filter, orderBy, first, after };
    return cachedRead(ctx.db, "premises", "premisesSearch", args, () => searchPremises(ctx.db, args), {
      changedSince: premisesChangedSince(ctx.db, filter),
      counted: { ...premisesCounting(ctx.db, filter), answer: (count) => searchPremises(ctx.db, args, count) },
    });
  }

  @FieldResolver(() => [PremisesPhoto], { description: "In display order; the first is the cover" })
  photos(@Root() p: Premises, @Ctx() ctx: Context): Promise<PremisesPhoto[]> {
    return ctx.loaders.photosByPremisesId.load(p.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who receives an enquiry about these premises (the official in charge, else the listing's contact); null when nobody does.",
  })
  async enquiryRecipient(@Root() p: Premises, @Ctx() ctx: Context): Promise<string | null> {
    const owner = p.ownerId ? await ctx.loaders.userById.load(p.ownerId) : null;
    return enquiryRecipient(p, owner)?.name ?? null;
  }

  @Query(() => PremisesFacets, { description: "Counts per district, ranges and a rent histogram for a filter." })
  premisesFacets(@Ctx() ctx: Context, @FilterArg(PremisesFilter) filter: PremisesFilter | null): Promise<PremisesFacets> {
    return cachedFilterRead(ctx.db, "premisesFacets", filter, premisesFacets, "districts");
  }

  @Query(() => PremisesMapPoints, { description: "Every match of a search with coordinates (id, position, address only), for the clustered map; at most 2000 points." })
  premisesMapPoints(@Ctx() ctx: Context, @FilterArg(PremisesFilter) filter: PremisesFilter | null): Promise<PremisesMapPoints> {
    return cachedFilterRead(ctx.db, "premisesMapPoints", filter, mapPoints);
  }

  @Query(() => Premises, { nullable: true, description: "Null when absent." })
  premises(@IdArg() id: string, @Ctx() ctx: Context): Promise<Premises | null> {
    return findPremises(ctx.db, id);
  }

  @Authorized(STAFF)
  @Mutation(() => Boolean)
  deletePremises(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deletePremises(ctx, id);
  }

  @Query(() => String, { description: "A search as CSV (Polish headers, `;`, decimal commas), at most `limit` rows (1–5000)." })
  async premisesCsv(
    @Ctx() ctx: Context,
    @FilterArg(PremisesFilter) filter: PremisesFilter | null,
    @Arg("orderBy", () => PremisesOrder, { nullable: true, defaultValue: PremisesOrder.RENT_ASC }) orderBy: PremisesOrder | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 1000 }) limit: number | null,
  ): Promise<string> {
    return premisesToCsv(await listForExport(ctx.db, { filter, orderBy, limit }));
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesImportResult, {
    description: "Checks a CSV of premises by line; unless dryRun, writes all rows in one transaction, or none if any row is invalid.",
  })
  importPremisesCsv(
    @Arg("csv", () => String) csv: string,
    @Arg("dryRun", () => Boolean, { nullable: true, defaultValue: true }) dryRun: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<PremisesImportResult> {
    return importPremisesCsv(ctx, csv, dryRun ?? true);
  }

  @Authorized()
  @Mutation(() => PremisesEnquiry, { description: "A member of a verified PES tells the official in charge they are interested." })
  sendPremisesEnquiry(
    @IdArg("premisesId") premisesId: string,
    @Arg("message", () => String) message: string,
    @Ctx() ctx: Context,
  ): Promise<PremisesEnquiry> {
    return sendEnquiry(ctx, premisesId, message);
  }

  @Authorized()
  @Query(() => [PremisesEnquiry], { description: "The signed-in person's own enquiries (about one premises when given), newest first." })
  myPremisesEnquiries(@Ctx() ctx: Context, @Arg("premisesId", () => ID, { nullable: true }) premisesId: string | null): Promise<PremisesEnquiry[]> {
    return myEnquiries(ctx, premisesId);
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesEnquiry, {
    description: "The official in charge of the premises (or an admin) replies; the reply is e-mailed to the enquirer and the enquiry becomes ANSWERED.",
  })
  replyToPremisesEnquiry(@IdArg() id: string, @Arg("message", () => String) message: string, @Ctx() ctx: Context): Promise<PremisesEnquiry> {
    return replyToEnquiry(ctx, id, message);
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesEnquiry, { description: "The official in charge of the premises (or an admin) closes an enquiry (HANDLED)." })
  markPremisesEnquiryHandled(@IdArg() id: string, @Ctx() ctx: Context): Promise<PremisesEnquiry> {
    return markEnquiryHandled(ctx, id);
  }

  @Authorized(STAFF)
  @Query(() => [PremisesEnquiry], { description: "Enquiries, newest first: an official's own premises unless `all`; an admin's default is all." })
  premisesEnquiries(
    @Ctx() ctx: Context,
    @Arg("premisesId", () => ID, { nullable: true }) premisesId: string | null,
    @Arg("all", () => Boolean, { nullable: true }) all: boolean | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<PremisesEnquiry[]> {
    return listEnquiries(ctx, { premisesId, all, first });
  }
}

@Resolver(() => PremisesEnquiry)
export class PremisesEnquiryResolver {
  @FieldResolver(() => Premises, { nullable: true })
  premises(@Root() e: PremisesEnquiry, @Ctx() ctx: Context): Promise<Premises | null> {
    return ctx.loaders.premisesById.load(e.premisesId);
  }

  @FieldResolver(() => User, { nullable: true })
  sender(@Root() e: PremisesEnquiry, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(e.userId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Name of the official who replied." })
  repliedByName(@Root() e: PremisesEnquiry, @Ctx() ctx: Context): Promise<string | null> {
    return userNameOf(ctx, e.repliedById);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may reply to and close it (the official in charge or an admin)." })
  async canReply(@Root() e: PremisesEnquiry, @Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.user) return false;
    const premises = await ctx.loaders.premisesById.load(e.premisesId);
    return answersEnquiriesAbout(ctx.user, { ownerId: premises?.ownerId ?? null });
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() e: PremisesEnquiry, @Ctx() ctx: Context): Promise<Organization | null> {
    return e.organizationId ? ctx.loaders.organizationById.load(e.organizationId) : Promise.resolve(null);
  }
}
