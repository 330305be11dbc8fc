import type { EntityManager } from "typeorm";
import { Attachment, DemandStatus, Offer } from "../../../entities/marketplace";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, forbidden, notFound } from "../../errors";
import { lockDemand } from "./demands.service";
import { findById, lockOneWhere } from "../../ids";
import { inspectUploadedDocument } from "../uploaded-documents";
import { fileStorage } from "../../storage/file-storage";
import { MAX_DEMAND_ATTACHMENTS } from "../../../entities/file-limits";
import { requireVerifiedPes } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import { canSeeOffer, deadlinePassed, managesDemand } from "./marketplace.policy";
import { canSeeApplicationById } from "../premises/premises.letting";
import { isUniqueViolation } from "../../db-errors";

export const attachmentStorage = () => fileStorage("marketplace-attachments");

/** A demand's or an offer's document just uploaded (see `inspectUploadedDocument`). */
export const inspectUpload = (key: string, fileName: string | null | undefined) => inspectUploadedDocument(attachmentStorage(), key, fileName);

const alreadyRegistered = () => badInput({ key: "Already registered" });

export async function keyTaken(em: EntityManager, key: string): Promise<void> {
  if (await em.getRepository(Attachment).existsBy({ key })) throw alreadyRegistered();
}

/**
 * Saves a new attachment. {@link keyTaken} cannot see a registration of the same key
 * still being saved (a double click: the owner's lock is shared), which the key's unique
 * index then refuses; that is the same refusal.
 */
async function saveAttachment(em: EntityManager, row: Attachment): Promise<Attachment> {
  try {
    return await em.getRepository(Attachment).save(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyRegistered();
    throw err;
  }
}

/**
 * Registers a stored document on an owner that holds at most `max` of them (a demand, a
 * letting application): its type read again from the bytes, the count, the key used once.
 * The caller holds the owner's row locked FOR UPDATE, or two additions at once both pass the count.
 */
export async function addAttachment(
  em: EntityManager,
  owner: { demandId: string } | { lettingApplicationId: string },
  max: number,
  upload: { key: string; fileName: string | null; uploadedById: string },
): Promise<Attachment> {
  const file = await inspectUpload(upload.key, upload.fileName);
  const repo = em.getRepository(Attachment);
  if ((await repo.countBy(owner)) >= max) throw badInput({ file: `At most ${max} documents` });
  await keyTaken(em, file.key);
  return saveAttachment(em, repo.create({ demandId: null, offerId: null, lettingApplicationId: null, ...owner, ...file, uploadedById: upload.uploadedById }));
}

/**
 * Registers a document stored by POST /marketplace/demands/{id}/attachments: the posting
 * official or an admin, while the demand is open; at most {@link MAX_DEMAND_ATTACHMENTS}.
 */
export async function addDemandAttachment(ctx: Context, demandId: string, key: string, fileName: string | null): Promise<Attachment> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    // FOR UPDATE, not shared: the demand's documents are counted below, and a share lock let
    // two additions count at once (FOR UPDATE also waits for a document being inserted under it).
    const demand = await lockDemand(em, demandId, "pessimistic_write");
    if (!managesDemand(ctx, demand)) throw forbidden("Only the posting official adds documents");
    if (demand.status !== DemandStatus.OPEN) throw forbidden("This demand is decided");
    const a = await addAttachment(em, { demandId: demand.id }, MAX_DEMAND_ATTACHMENTS, { key, fileName, uploadedById: user.id });
    await audit(em, user.id, "demand.attachment.add", "Demand", demand.id, { attachmentId: a.id, fileName: a.fileName });
    return a;
  });
}

/** The posting official or an admin removes a demand's document (and, after the commit, its file). */
export async function deleteDemandAttachment(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  return removeAttachment(ctx, async (em) => {
    const a = await findById(em, Attachment, id);
    // An offer's attachment is sealed: for this operation it does not exist.
    if (!a || !a.demandId) throw notFound("Attachment");
    const demand = await lockDemand(em, a.demandId, "pessimistic_read");
    if (!managesDemand(ctx, demand)) throw forbidden("Only the posting official removes documents");
    await audit(em, user.id, "demand.attachment.delete", "Demand", demand.id, { attachmentId: a.id, fileName: a.fileName });
    return a;
  });
}

/**
 * Deletes the attachment that `find` returns (having checked, in the transaction, that the
 * caller may remove it), then its file once the row is gone for good.
 */
export async function removeAttachment(ctx: Context, find: (em: EntityManager) => Promise<Attachment>): Promise<true> {
  const key = await ctx.db.transaction(async (em) => {
    const a = await find(em);
    await em.delete(Attachment, { id: a.id });
    return a.key;
  });
  await attachmentStorage().delete(key);
  return true;
}

/**
 * The own organisation's offer on an open demand, before the deadline (same rules as
 * replacing the offer), locked: the demand's lock is shared, so two colleagues changing
 * the offer's document at once (or one of them withdrawing the offer) are decided one
 * after the other — the later one finds what the earlier one left.
 */
async function ownOpenOffer(ctx: Context, em: EntityManager, demandId: string): Promise<Offer> {
  const orgId = await requireVerifiedPes(ctx);
  const demand = await lockDemand(em, demandId, "pessimistic_read");
  if (deadlinePassed(demand) || demand.status !== DemandStatus.OPEN) throw forbidden("The offer cannot be changed after the deadline");
  const offer = await lockOneWhere(em, Offer, "row.demand_id = :demandId AND row.organization_id = :orgId", { demandId: demand.id, orgId });
  if (!offer) throw notFound("Offer");
  return offer;
}

/**
 * Attaches a document stored by POST /marketplace/demands/{id}/offer-attachment to the
 * own organisation's offer, replacing the one it had. Not audited: the audit log is
 * read by admins, and the offer is sealed until the deadline.
 */
export async function setOfferAttachment(ctx: Context, demandId: string, key: string, fileName: string | null): Promise<Attachment> {
  const user = requireUser(ctx);
  const { attachment, oldKey } = await ctx.db.transaction(async (em) => {
    const offer = await ownOpenOffer(ctx, em, demandId);
    const file = await inspectUpload(key, fileName);
    await keyTaken(em, file.key);
    const repo = em.getRepository(Attachment);
    const old = await repo.findOneBy({ offerId: offer.id });
    if (old) await repo.delete({ id: old.id });
    const saved = await repo.save(repo.create({ ...file, demandId: null, offerId: offer.id, uploadedById: user.id }));
    return { attachment: saved, oldKey: old?.key ?? null };
  });
  if (oldKey) await attachmentStorage().delete(oldKey);
  return attachment;
}

/** Removes the own organisation's offer's document before the deadline. */
export async function removeOfferAttachment(ctx: Context, demandId: string): Promise<boolean> {
  requireUser(ctx);
  return removeAttachment(ctx, async (em) => {
    const offer = await ownOpenOffer(ctx, em, demandId);
    const a = await em.getRepository(Attachment).findOneBy({ offerId: offer.id });
    if (!a) throw notFound("Attachment");
    return a;
  });
}

/** Keys of an offer's documents, read in the transaction that deletes the offer (the rows go by cascade). */
export async function offerAttachmentKeys(em: EntityManager, demandId: string, organizationId: string): Promise<string[]> {
  const rows: { key: string }[] = await em.query(
    `SELECT a.key FROM marketplace_attachments a JOIN offers o ON o.id = a.offer_id WHERE o.demand_id = $1 AND o.organization_id = $2`,
    [demandId, organizationId],
  );
  return rows.map((r) => r.key);
}

/**
 * An attachment the viewer may download, or null (absent or not theirs to see — the same
 * answer, so sealed offers reveal nothing). A demand's documents are as public as the
 * demand; an offer's follow the offer's seal, a letting application's the application's.
 */
export async function findAttachment(ctx: Context, id: string): Promise<Attachment | null> {
  const a = await findById(ctx.db, Attachment, id);
  if (!a) return null;
  return (await canSeeAttachment(ctx, a)) ? a : null;
}

export async function canSeeAttachment(ctx: Context, a: Attachment): Promise<boolean> {
  if (a.demandId) return !!(await ctx.loaders.demandById.load(a.demandId));
  if (a.lettingApplicationId) return canSeeApplicationById(ctx, a.lettingApplicationId);
  const offer = a.offerId ? await ctx.loaders.offerById.load(a.offerId) : null;
  const demand = offer ? await ctx.loaders.demandById.load(offer.demandId) : null;
  return !!offer && !!demand && (await canSeeOffer(ctx, demand, offer));
}
