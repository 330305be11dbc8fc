import type { EntityManager } from "typeorm";
import { Attachment } from "../../../entities/marketplace";
import { LettingRoundStatus, PremisesLettingApplication, PremisesLettingRound } from "../../../entities/premises";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { forbidden, notFound } from "../../errors";
import { findById, isUuid, lockOneWhere } from "../../ids";
import { MAX_LETTING_APPLICATION_DOCUMENTS } from "../../../entities/file-limits";
import { addAttachment, removeAttachment } from "../marketplace/attachments.service";
import { requireVerifiedPes } from "../organizations/organizations.policy";
import { deadlinePassed } from "../sealing";

/*
 * Documents of an application in a letting round (a business plan, a statute, references):
 * uploaded like an offer's document (POST /premises/letting/{roundId}/documents stores the
 * bytes, then registers them here), kept in the same table and storage area, sealed like
 * the application itself (downloads check canSeeApplication). Not audited: the audit log
 * is read by admins, and the application is sealed until the deadline.
 */

/**
 * The own organisation's application in a round that still takes applications; the round
 * stays locked against a decision meanwhile. The round's lock is shared, so the application
 * is locked too (FOR UPDATE, which also waits for a document being inserted under it): two
 * colleagues adding the last allowed document at once are counted one after the other.
 */
async function ownOpenApplication(ctx: Context, em: EntityManager, roundId: string): Promise<PremisesLettingApplication> {
  const orgId = await requireVerifiedPes(ctx);
  const round = isUuid(roundId)
    ? await em.getRepository(PremisesLettingRound).createQueryBuilder("r").setLock("pessimistic_read").where("r.id = :roundId", { roundId }).getOne()
    : null;
  if (!round) throw notFound("Letting round");
  if (round.status !== LettingRoundStatus.OPEN || deadlinePassed(round)) throw forbidden("Documents cannot be changed after the deadline");
  const application = await lockOneWhere(em, PremisesLettingApplication, "row.round_id = :roundId AND row.organization_id = :orgId", { roundId: round.id, orgId });
  if (!application) throw notFound("Application");
  return application;
}

/** Registers a stored document on the own organisation's application, before the deadline; at most {@link MAX_LETTING_APPLICATION_DOCUMENTS}. */
export async function addLettingApplicationDocument(ctx: Context, roundId: string, key: string, fileName: string | null): Promise<Attachment> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const application = await ownOpenApplication(ctx, em, roundId);
    return addAttachment(em, { lettingApplicationId: application.id }, MAX_LETTING_APPLICATION_DOCUMENTS, { key, fileName, uploadedById: user.id });
  });
}

/** Removes a document of the own organisation's application before the deadline (and, after the commit, its file). */
export async function removeLettingApplicationDocument(ctx: Context, id: string): Promise<boolean> {
  requireUser(ctx);
  const orgId = await requireVerifiedPes(ctx);
  return removeAttachment(ctx, async (em) => {
    const a = await findById(em, Attachment, id);
    const application = a?.lettingApplicationId ? await em.getRepository(PremisesLettingApplication).findOneBy({ id: a.lettingApplicationId }) : null;
    // Another organisation's document is sealed: for this operation it does not exist.
    if (!a || !application || application.organizationId !== orgId) throw notFound("Attachment");
    await ownOpenApplication(ctx, em, application.roundId);
    return a;
  });
}
