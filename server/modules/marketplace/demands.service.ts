import type { EntityManager } from "typeorm";
import { ClauseType, Demand, DemandStatus, Offer } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import { User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { activeOrganizationId, requireVerifiedPes } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import type { DemandFilter, DemandInput, OfferInput } from "./marketplace.inputs";
import { deadlinePassed, managesDemand } from "./marketplace.policy";
import { attachmentStorage, offerAttachmentKeys } from "./attachments.service";
import { keysetPage, whereEqual, whereWords, type ListPage } from "../pagination";
import { findByIdOrNotFound, isUuid, loadById } from "../../ids";

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The precise clause wins; the old flag alone means a reserved contract (what it was
 * documented as). The flag defaults to false, so only `socialClause: true` with
 * `clauseType: NONE` contradicts: BAD_USER_INPUT, the two columns must agree.
 */
export function resolveClause(input: Pick<DemandInput, "clauseType" | "socialClause">): ClauseType {
  if (input.clauseType) {
    if (input.socialClause === true && input.clauseType === ClauseType.NONE) {
      throw badInput({ clauseType: "The clause type contradicts socialClause" });
    }
    return input.clauseType;
  }
  return input.socialClause ? ClauseType.RESERVED_CONTRACT : ClauseType.NONE;
}

/**
 * An official (or admin) posts a demand. The deadline must be in the future; the API
 * imposes no minimum lead time (the form warns about short ones).
 */
export async function createDemand(ctx: Context, input: DemandInput): Promise<Demand> {
  const user = requireUser(ctx);
  if (input.deadline.getTime() <= Date.now()) throw badInput({ deadline: "The deadline must be in the future" });
  const clauseType = resolveClause(input);
  return ctx.db.transaction(async (em) => {
    const demand = em.getRepository(Demand).create({
      kind: input.kind,
      title: input.title,
      description: input.description || null,
      category: input.category || null,
      budget: input.budget == null ? null : round2(input.budget),
      deadline: input.deadline,
      socialClause: clauseType !== ClauseType.NONE,
      clauseType,
      cpvCode: input.cpvCode || null,
      status: DemandStatus.OPEN,
      createdById: user.id,
    });
    await em.save(demand);
    await audit(em, user.id, "demand.create", "Demand", demand.id, { title: demand.title });
    return demand;
  });
}

export async function findDemand(ctx: Context, id: string): Promise<Demand | null> {
  return loadById(ctx.loaders.demandById, id);
}

/** Demands matching every filter, latest deadline first. Demands are public; offers are not. */
export const listDemands: ListPage<DemandFilter, Demand> = async (ctx, filter, first, after) => {
  const f = filter ?? {};
  const qb = ctx.db.getRepository(Demand).createQueryBuilder("d");
  whereEqual(qb, { "d.kind": f.kind, "d.status": f.status, "d.category": f.category, "d.social_clause": f.socialClause, "d.clause_type": f.clauseType });
  if (f.open === true) qb.andWhere("d.status = :openStatus AND d.deadline > now()", { openStatus: DemandStatus.OPEN });
  if (f.open === false) qb.andWhere("(d.status <> :openStatus OR d.deadline <= now())", { openStatus: DemandStatus.OPEN });
  if (f.mine) qb.andWhere("d.created_by_id = :me", { me: ctx.user?.id ?? "00000000-0000-0000-0000-000000000000" });
  if (f.text?.trim()) {
    whereWords(qb, "d.search_text", f.text);
  }
  return keysetPage(qb, { alias: "d", sortSql: "d.deadline", sortType: "timestamptz", desc: true, first, after, scope: "demands" });
};

/** Locks the demand row so that an award or close and a late offer cannot interleave. */
export async function lockDemand(em: EntityManager, id: string, mode: "pessimistic_read" | "pessimistic_write"): Promise<Demand> {
  const demand = isUuid(id)
    ? await em.getRepository(Demand).createQueryBuilder("d").setLock(mode).where("d.id = :id", { id }).getOne()
    : null;
  if (!demand) throw notFound("Demand");
  return demand;
}

/**
 * A verified PES sends its organisation's offer; sending again replaces it (one offer per
 * organisation and demand, guaranteed by a unique index). After the deadline, or once the
 * demand is decided, it is FORBIDDEN.
 */
export async function submitOffer(ctx: Context, demandId: string, input: OfferInput): Promise<Offer> {
  const user = requireUser(ctx);
  const orgId = await requireVerifiedPes(ctx);
  return ctx.db.transaction(async (em) => {
    const demand = await lockDemand(em, demandId, "pessimistic_read");
    if (deadlinePassed(demand)) throw forbidden("The deadline for offers has passed");
    if (demand.status !== DemandStatus.OPEN) throw forbidden("This demand no longer accepts offers");
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(Offer)
      .values({ demandId: demand.id, organizationId: orgId, submittedById: user.id, price: round2(input.price), message: input.message })
      .orUpdate(["price", "message", "submitted_by_id", "updated_at"], ["demand_id", "organization_id"])
      .returning(["id"])
      .execute();
    const id = (result.raw as { id: string }[])[0].id;
    return em.getRepository(Offer).findOneByOrFail({ id });
  });
}

/** A PES withdraws its organisation's offer before the deadline. */
export async function withdrawOffer(ctx: Context, demandId: string): Promise<boolean> {
  const orgId = await requireVerifiedPes(ctx);
  const attachmentKeys = await ctx.db.transaction(async (em) => {
    const demand = await lockDemand(em, demandId, "pessimistic_read");
    if (deadlinePassed(demand) || demand.status !== DemandStatus.OPEN) {
      throw forbidden("Offers cannot be withdrawn after the deadline");
    }
    const keys = await offerAttachmentKeys(em, demand.id, orgId);
    const res = await em.delete(Offer, { demandId: demand.id, organizationId: orgId });
    if (!res.affected) throw notFound("Offer");
    return keys;
  });
  // The attachment's row went with the offer (cascade); its file goes after the commit.
  await Promise.allSettled(attachmentKeys.map((k) => attachmentStorage().delete(k)));
  return true;
}

async function mailOfferers(em: EntityManager, demand: Demand, winnerId: string | null): Promise<void> {
  const offers = await em.getRepository(Offer).findBy({ demandId: demand.id });
  for (const offer of offers) {
    const [person, org] = await Promise.all([
      em.getRepository(User).findOneBy({ id: offer.submittedById }),
      em.getRepository(Organization).findOneBy({ id: offer.organizationId }),
    ]);
    const won = offer.id === winnerId;
    const outcome = won
      ? "Twoja oferta została wybrana. Urzędnik skontaktuje się w sprawie realizacji."
      : winnerId
        ? "Wybrano inną ofertę. Dziękujemy za udział."
        : "Postępowanie zamknięto bez wyboru oferty. Dziękujemy za udział.";
    const text = `Dzień dobry,\n\nzapotrzebowanie „${demand.title}”: ${outcome}\n\n${appLink(`/marketplace/demands/${demand.id}`)}`;
    for (const to of new Set([person?.email, org?.email].filter((e): e is string => !!e))) {
      await enqueueTextMail(em, {
        to,
        subject: won ? `Wybrano Twoją ofertę: ${demand.title}` : `Rozstrzygnięcie: ${demand.title}`,
        text,
        template: won ? "marketplace.offer-awarded" : "marketplace.offer-not-awarded",
        dedupeKey: `demand:${demand.id}:decision:${offer.id}:${to}`,
      });
    }
  }
}

/** The posting official (or an admin) picks one offer after the deadline; every offering PES is e-mailed. */
export async function awardOffer(ctx: Context, offerId: string): Promise<Demand> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const offer = await findByIdOrNotFound(em, Offer, offerId, "Offer");
    const demand = await lockDemand(em, offer.demandId, "pessimistic_write");
    // Sealed offers: whoever may not see them is told the offer does not exist.
    if (!managesDemand(ctx, demand)) throw notFound("Offer");
    if (!deadlinePassed(demand)) throw forbidden("Offers can be awarded only after the deadline");
    if (demand.status !== DemandStatus.OPEN) throw conflict("This demand is already decided");
    demand.status = DemandStatus.AWARDED;
    demand.awardedOfferId = offer.id;
    demand.decidedAt = new Date();
    await em.save(demand);
    await mailOfferers(em, demand, offer.id);
    await audit(em, user.id, "demand.award", "Demand", demand.id, { offerId: offer.id });
    return demand;
  });
}

/** The posting official (or an admin) closes a demand without an award. */
export async function closeDemand(ctx: Context, id: string): Promise<Demand> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const demand = await lockDemand(em, id, "pessimistic_write");
    if (!managesDemand(ctx, demand)) throw forbidden("Only the posting official closes a demand");
    if (demand.status !== DemandStatus.OPEN) throw conflict("This demand is already decided");
    demand.status = DemandStatus.CLOSED;
    demand.decidedAt = new Date();
    await em.save(demand);
    await mailOfferers(em, demand, null);
    await audit(em, user.id, "demand.close", "Demand", demand.id);
    return demand;
  });
}

/** The viewer's organisation's own offer on a demand (PES only), at any time. */
export async function myOffer(ctx: Context, demand: Demand): Promise<Offer | null> {
  const orgId = await activeOrganizationId(ctx);
  if (!orgId) return null;
  return ctx.loaders.offerByDemandAndOrganization.load(`${demand.id}:${orgId}`);
}
