import type { DataSource, EntityManager } from "typeorm";
import {
  LettingRoundStatus,
  Premises,
  PremisesLettingApplication,
  PremisesLettingRound,
  PremisesStatus,
} from "../../../entities/premises";
import { audit } from "../../audit";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { findById, isUuid } from "../../ids";
import { isUniqueViolation } from "../../db-errors";
import { activeOrganizationId, requireVerifiedPes } from "../organizations/organizations.policy";
import { canSeeAllBids, canSeeBid, deadlinePassed, unsealedSql } from "../sealing";
import type { PremisesLettingApplicationInput, PremisesLettingRoundInput } from "./premises.inputs";
import { mailLettingApplicationReceived, mailLettingRoundDecided } from "./premises.letting.mail";
import { lockPremisesOfRound, managesPremises, premisesForManager } from "./premises.policy";

/*
 * Letting rounds: the official opens a round for premises, verified PES apply until the
 * deadline, the official awards one application (the premises become RESERVED, then
 * RENTED when the official marks it) or closes the round without a choice. Applications
 * are sealed by the same rule as offers on demands (server/modules/sealing.ts).
 */

const blank = (v: string | null | undefined) => (v == null || v.trim() === "" ? null : v.trim());

async function lockRound(em: EntityManager, id: string, mode: "pessimistic_read" | "pessimistic_write"): Promise<PremisesLettingRound> {
  const round = isUuid(id) ? await em.getRepository(PremisesLettingRound).createQueryBuilder("r").setLock(mode).where("r.id = :id", { id }).getOne() : null;
  if (!round) throw notFound("Letting round");
  return round;
}

/** The official in charge (or an admin) opens a round for AVAILABLE premises; one open round at a time. */
export async function openLettingRound(ctx: Context, input: PremisesLettingRoundInput, now = new Date()): Promise<PremisesLettingRound> {
  const user = requireUser(ctx);
  if (input.deadline.getTime() <= now.getTime()) throw badInput({ deadline: "Must be in the future" });
  return ctx.db.transaction(async (em) => {
    const premises = await premisesForManager(em, ctx, input.premisesId, true);
    if (premises.status !== PremisesStatus.AVAILABLE) throw conflict("Only available premises can be let in a round");
    const repo = em.getRepository(PremisesLettingRound);
    if (await repo.existsBy({ premisesId: premises.id, status: LettingRoundStatus.OPEN })) throw conflict("These premises already have an open letting round");
    const round = await repo.save(
      repo.create({
        premisesId: premises.id,
        deadline: input.deadline,
        minimumRent: input.minimumRent,
        permittedUse: blank(input.permittedUse),
        preferentialRent: input.preferentialRent ?? false,
        documents: blank(input.documents),
        createdById: user.id,
      }),
    );
    await audit(em, user.id, "premises.letting.open", "PremisesLettingRound", round.id, { premisesId: premises.id });
    return round;
  });
}

/**
 * A member of a verified PES applies for its organisation, before the deadline, at no less
 * than the minimum rent; one application per organisation and round. Like submitting an
 * offer: after the deadline FORBIDDEN.
 */
export async function applyToLettingRound(ctx: Context, input: PremisesLettingApplicationInput): Promise<PremisesLettingApplication> {
  const user = requireUser(ctx);
  const organizationId = await requireVerifiedPes(ctx);
  const intendedUse = input.intendedUse.trim();
  if (intendedUse.length < 10) throw badInput({ intendedUse: "Must be 10 to 3000 characters" });
  const alreadyApplied = () => conflict("Your organisation has already applied in this round");
  try {
    return await ctx.db.transaction(async (em) => {
      const round = await lockRound(em, input.roundId, "pessimistic_read");
      if (round.status !== LettingRoundStatus.OPEN || deadlinePassed(round)) throw forbidden("This letting round no longer takes applications");
      if (input.proposedRent < round.minimumRent) throw badInput({ proposedRent: `At least the minimum rent, ${round.minimumRent}` });
      const repo = em.getRepository(PremisesLettingApplication);
      if (await repo.existsBy({ roundId: round.id, organizationId })) throw alreadyApplied();
      const application = await repo.save(
        repo.create({ roundId: round.id, organizationId, userId: user.id, proposedRent: input.proposedRent, intendedUse, attachments: input.attachments ?? [] }),
      );
      await audit(em, user.id, "premises.letting.apply", "PremisesLettingApplication", application.id, { roundId: round.id });
      const premises = await em.getRepository(Premises).findOneByOrFail({ id: round.premisesId });
      await mailLettingApplicationReceived(em, { application, round, premises, to: user });
      return application;
    });
  } catch (err) {
    // The round's lock is shared, so two applications of one organisation (a double click,
    // two members) both pass the check above; the unique index lets only the first in.
    if (isUniqueViolation(err)) throw alreadyApplied();
    throw err;
  }
}

/** The rounds of premises, newest first (public: conditions, status and result). */
export async function listLettingRounds(db: DataSource, premisesId: string): Promise<PremisesLettingRound[]> {
  if (!isUuid(premisesId)) return [];
  return db.getRepository(PremisesLettingRound).find({ where: { premisesId }, order: { createdAt: "DESC", id: "DESC" }, take: 50 });
}

/** One round, or null. */
export async function findLettingRound(db: DataSource, id: string): Promise<PremisesLettingRound | null> {
  return findById(db, PremisesLettingRound, id);
}

/**
 * The applications of a round the viewer may see, by the shared seal: their own
 * organisation's at any time; all of them for the official in charge and admins after
 * the deadline; nothing for anyone else. The seal is in the query itself.
 */
export async function visibleApplications(ctx: Context, round: PremisesLettingRound): Promise<PremisesLettingApplication[]> {
  const premises = await ctx.loaders.premisesById.load(round.premisesId);
  const manages = !!premises && managesPremises(ctx, premises);
  const orgId = await activeOrganizationId(ctx);
  if (!manages && !orgId) return [];
  const qb = ctx.db
    .getRepository(PremisesLettingApplication)
    .createQueryBuilder("a")
    .innerJoin(PremisesLettingRound, "r", "r.id = a.round_id")
    .where("a.round_id = :roundId", { roundId: round.id });
  const seen: string[] = [];
  if (manages) seen.push(unsealedSql("r"));
  if (orgId) seen.push("a.organization_id = :orgId");
  qb.andWhere(`(${seen.join(" OR ")})`, { orgId });
  return qb.orderBy("a.proposed_rent", "DESC").addOrderBy("a.created_at", "ASC").addOrderBy("a.id", "ASC").getMany();
}

/**
 * The applications the signed-in person made for their active organisation, newest first:
 * Moje sprawy. The organisation's own by the seal, and only the ones this person wrote.
 */
export async function myLettingApplications(ctx: Context): Promise<PremisesLettingApplication[]> {
  const user = requireUser(ctx);
  const orgId = await activeOrganizationId(ctx);
  if (!orgId) return [];
  return ctx.db.getRepository(PremisesLettingApplication).find({
    where: { userId: user.id, organizationId: orgId },
    order: { createdAt: "DESC", id: "DESC" },
    take: 200,
  });
}

/** How many applied — only once unsealed (a count would tell rivals how many there are); null before. */
export async function applicationCount(db: DataSource, round: PremisesLettingRound): Promise<number | null> {
  const [row] = await db.query(
    `SELECT count(a.id)::int AS n, bool_and(${unsealedSql("r")}) AS open
       FROM premises_letting_rounds r LEFT JOIN premises_letting_applications a ON a.round_id = r.id
      WHERE r.id = $1 GROUP BY r.id`,
    [round.id],
  );
  return row?.open ? row.n : null;
}

/** Whether the viewer may see this application (the seal, for field resolvers). */
export async function canSeeApplication(ctx: Context, round: PremisesLettingRound, a: PremisesLettingApplication): Promise<boolean> {
  const premises = await ctx.loaders.premisesById.load(round.premisesId);
  return canSeeBid(ctx, !!premises && managesPremises(ctx, premises), round, a.organizationId);
}

/** {@link canSeeApplication} by the application's id (its documents' downloads); false when absent. */
export async function canSeeApplicationById(ctx: Context, applicationId: string): Promise<boolean> {
  const a = await findById(ctx.db, PremisesLettingApplication, applicationId);
  const round = a ? await ctx.db.getRepository(PremisesLettingRound).findOneBy({ id: a.roundId }) : null;
  return !!a && !!round && canSeeApplication(ctx, round, a);
}

/**
 * The official in charge (or an admin) awards one application, after the deadline: the
 * round becomes AWARDED, its result public, and the premises RESERVED.
 */
export async function awardLettingRound(ctx: Context, roundId: string, applicationId: string): Promise<PremisesLettingRound> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const premises = await lockPremisesOfRound(em, ctx, roundId);
    const round = await lockRound(em, roundId, "pessimistic_write");
    if (round.status !== LettingRoundStatus.OPEN) throw conflict("This letting round is already decided");
    if (!canSeeAllBids(true, round)) throw forbidden("Applications can be chosen only after the deadline");
    const application = isUuid(applicationId) ? await em.getRepository(PremisesLettingApplication).findOneBy({ id: applicationId, roundId: round.id }) : null;
    if (!application) throw notFound("Application");
    await em.getRepository(PremisesLettingRound).update({ id: round.id }, { status: LettingRoundStatus.AWARDED, awardedApplicationId: application.id, decidedAt: new Date() });
    await em.getRepository(Premises).update({ id: premises.id }, { status: PremisesStatus.RESERVED });
    await audit(em, user.id, "premises.letting.award", "PremisesLettingRound", round.id, { premisesId: premises.id, applicationId: application.id });
    const decided = await em.getRepository(PremisesLettingRound).findOneByOrFail({ id: round.id });
    const [org] = await em.query(`SELECT name FROM organizations WHERE id = $1`, [application.organizationId]);
    await mailLettingRoundDecided(em, decided, premises, { organizationName: org.name, rent: application.proposedRent });
    return decided;
  });
}

/** The official closes an open round without a choice (at any time); the premises stay as they are. */
export async function closeLettingRound(ctx: Context, roundId: string): Promise<PremisesLettingRound> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const round = await lockRound(em, roundId, "pessimistic_write");
    const premises = await premisesForManager(em, ctx, round.premisesId);
    if (round.status !== LettingRoundStatus.OPEN) throw conflict("This letting round is already decided");
    await em.getRepository(PremisesLettingRound).update({ id: round.id }, { status: LettingRoundStatus.CLOSED, decidedAt: new Date() });
    await audit(em, user.id, "premises.letting.close", "PremisesLettingRound", round.id, { premisesId: round.premisesId });
    const closed = await em.getRepository(PremisesLettingRound).findOneByOrFail({ id: round.id });
    await mailLettingRoundDecided(em, closed, premises, null);
    return closed;
  });
}

/** The official marks RESERVED premises (a round was awarded) as RENTED once the lease is signed. */
export async function markPremisesRented(ctx: Context, premisesId: string): Promise<Premises> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const premises = await premisesForManager(em, ctx, premisesId, true);
    if (premises.status !== PremisesStatus.RESERVED) throw conflict("Only reserved premises can be marked as rented");
    await em.getRepository(Premises).update({ id: premises.id }, { status: PremisesStatus.RENTED });
    await audit(em, user.id, "premises.letting.rented", "Premises", premises.id, {});
    return em.getRepository(Premises).findOneByOrFail({ id: premises.id });
  });
}

/** The public result of an AWARDED round: who, at what rent. */
export async function lettingResult(db: DataSource, round: PremisesLettingRound): Promise<{ organizationName: string; rent: number; decidedAt: Date } | null> {
  if (round.status !== LettingRoundStatus.AWARDED || !round.awardedApplicationId || !round.decidedAt) return null;
  const [row] = await db.query(
    `SELECT o.name, a.proposed_rent::float8 AS rent FROM premises_letting_applications a JOIN organizations o ON o.id = a.organization_id WHERE a.id = $1`,
    [round.awardedApplicationId],
  );
  return row ? { organizationName: row.name, rent: row.rent, decidedAt: round.decidedAt } : null;
}
