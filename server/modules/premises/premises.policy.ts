import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { forbidden, notFound } from "../../errors";
import { isUuid } from "../../ids";

/**
 * Who answers and closes the enquiries about premises: the official in charge of them —
 * only while still an official, so a demoted official answers nothing — or an admin.
 * Premises without an owner are answered by admins.
 */
export function answersEnquiriesAbout(user: Pick<User, "id" | "role">, premises: Pick<Premises, "ownerId">): boolean {
  if (user.role === Role.ADMIN) return true;
  return user.role === Role.OFFICIAL && !!premises.ownerId && premises.ownerId === user.id;
}

/** Who runs the viewings and letting rounds of premises: the same people as its enquiries. */
export function managesPremises(ctx: Context, premises: Pick<Premises, "ownerId">): boolean {
  return !!ctx.user && answersEnquiriesAbout(ctx.user, premises);
}

/**
 * The premises, for an action of the person who runs its viewings and letting rounds:
 * NOT_FOUND when absent, FORBIDDEN for anyone but the official in charge or an admin.
 * `lock` takes its row lock (status changes).
 */
export async function premisesForManager(db: EntityManager | DataSource, ctx: Context, premisesId: string, lock = false): Promise<Premises> {
  requireUser(ctx);
  if (!isUuid(premisesId)) throw notFound("Premises");
  return managedPremises(ctx, db.getRepository(Premises).createQueryBuilder("p").where("p.id = :premisesId", { premisesId }), lock, "Premises");
}

/**
 * {@link premisesForManager} for the premises of letting round `roundId`, locked, or
 * NOT_FOUND naming the round: taken before the round, as deleting premises locks them and
 * then (its cascade) their rounds.
 */
export async function lockPremisesOfRound(em: EntityManager, ctx: Context, roundId: string): Promise<Premises> {
  requireUser(ctx);
  if (!isUuid(roundId)) throw notFound("Letting round");
  const qb = em.getRepository(Premises).createQueryBuilder("p").where("p.id = (SELECT r.premises_id FROM premises_letting_rounds r WHERE r.id = :roundId)", { roundId });
  return managedPremises(ctx, qb, true, "Letting round");
}

async function managedPremises(ctx: Context, qb: SelectQueryBuilder<Premises>, lock: boolean, what: string): Promise<Premises> {
  if (lock) qb.setLock("pessimistic_write");
  const premises = await qb.getOne();
  if (!premises) throw notFound(what);
  if (!managesPremises(ctx, premises)) throw forbidden("Only the official in charge of these premises or an admin may do this");
  return premises;
}
