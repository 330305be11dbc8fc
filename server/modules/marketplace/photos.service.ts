import type { EntityManager } from "typeorm";
import { EquipmentNotice, MarketplacePhoto, Product } from "../../../entities/marketplace";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, forbidden } from "../../errors";
import { findByIdOrNotFound, lockByIdOrNotFound } from "../../ids";
import { fileStorage } from "../../storage/file-storage";
import { MAX_MARKETPLACE_PHOTOS } from "../../../entities/file-limits";
import { deletePhotoFiles, FILE_KEY, photoFile } from "../../storage/photos";
import { canActForOrganization } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import { reorderRows } from "../ordering";
import { isUniqueViolation } from "../../db-errors";
import { canManageNotice } from "./marketplace.policy";

export const marketplacePhotoStorage = () => fileStorage("marketplace-photos");

const alreadyRegistered = () => badInput({ key: "Already registered" });

export type PhotoTarget = { notice: string } | { product: string };

function cleanAlt(alt: string | null | undefined): string | null {
  const a = alt?.trim() || null;
  if (a && a.length > 200) throw badInput({ alt: "At most 200 characters" });
  return a;
}

/** Locks the notice or product (so that two uploads cannot both take the last place) and checks the right to change it. */
async function lockTarget(ctx: Context, em: EntityManager, target: PhotoTarget): Promise<{ noticeId: string | null; productId: string | null }> {
  if ("notice" in target) {
    const notice = await lockByIdOrNotFound(em, EquipmentNotice, target.notice, "EquipmentNotice");
    if (!(await canManageNotice(ctx, notice))) throw forbidden("Only the notice's owner changes its photos");
    return { noticeId: notice.id, productId: null };
  }
  const product = await lockByIdOrNotFound(em, Product, target.product, "Product");
  if (!(await canActForOrganization(ctx, product.organizationId))) throw forbidden("Only the organisation's members change its catalogue");
  return { noticeId: null, productId: product.id };
}

/** The photo and whether the viewer may change it (through its notice or product). */
async function loadManagedPhoto(ctx: Context, em: EntityManager, id: string): Promise<MarketplacePhoto> {
  const photo = await findByIdOrNotFound(em, MarketplacePhoto, id, "Photo");
  await lockTarget(ctx, em, photo.noticeId ? { notice: photo.noticeId } : { product: photo.productId! });
  return photo;
}

/**
 * Registers a photo whose files an upload route has just stored (POST
 * /marketplace/equipment/{id}/photos or /marketplace/products/{id}/photos). The owner of
 * the notice (a member of the owning organisation) or of the catalogue entry, or an admin;
 * at most {@link MAX_MARKETPLACE_PHOTOS} per notice or entry.
 */
export async function addMarketplacePhoto(
  ctx: Context,
  target: PhotoTarget,
  args: { key: string; width: number; height: number; alt?: string | null },
): Promise<MarketplacePhoto> {
  const user = requireUser(ctx);
  if (typeof args.key !== "string" || !FILE_KEY.test(args.key)) throw badInput({ key: "Invalid photo key" });
  const sizeOk = (n: number) => Number.isInteger(n) && n >= 1 && n <= 20000;
  if (!sizeOk(args.width)) throw badInput({ width: "Invalid size" });
  if (!sizeOk(args.height)) throw badInput({ height: "Invalid size" });
  const alt = cleanAlt(args.alt);
  return ctx.db.transaction(async (em) => {
    const owner = await lockTarget(ctx, em, target);
    // Checked after the access check, so that nobody learns which keys exist.
    const storage = marketplacePhotoStorage();
    if (!(await storage.exists(photoFile(args.key))) || !(await storage.exists(photoFile(args.key, true)))) {
      throw badInput({ key: "No such uploaded photo" });
    }
    const repo = em.getRepository(MarketplacePhoto);
    const where = owner.noticeId ? { noticeId: owner.noticeId } : { productId: owner.productId! };
    const existing = await repo.find({ where, select: { position: true } });
    if (existing.length >= MAX_MARKETPLACE_PHOTOS) throw badInput({ file: `At most ${MAX_MARKETPLACE_PHOTOS} photos` });
    if (await repo.existsBy({ key: args.key })) throw alreadyRegistered();
    const position = existing.reduce((m, p) => Math.max(m, p.position + 1), 0);
    const photo = await repo.save(repo.create({ ...owner, key: args.key, width: args.width, height: args.height, alt, position })).catch((err: unknown) => {
      // The same key being registered on another notice or entry at this moment: their locks do not meet, the key's index decides.
      throw isUniqueViolation(err, "UQ_marketplace_photos_key") ? alreadyRegistered() : err;
    });
    const [type, id] = owner.noticeId ? ["EquipmentNotice", owner.noticeId] : ["Product", owner.productId!];
    await audit(em, user.id, "marketplace.photo.add", type, id, { photoId: photo.id });
    return photo;
  });
}

/** Changes a photo's text alternative (empty = none). */
export async function updateMarketplacePhoto(ctx: Context, id: string, alt: string | null | undefined): Promise<MarketplacePhoto> {
  requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const photo = await loadManagedPhoto(ctx, em, id);
    photo.alt = cleanAlt(alt);
    return em.save(photo);
  });
}

/** Removes a photo and, after the commit, its files. */
export async function deleteMarketplacePhoto(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  const photo = await ctx.db.transaction(async (em) => {
    const p = await loadManagedPhoto(ctx, em, id);
    await em.getRepository(MarketplacePhoto).delete({ id: p.id });
    const [type, ownerId] = p.noticeId ? ["EquipmentNotice", p.noticeId] : ["Product", p.productId];
    await audit(em, user.id, "marketplace.photo.delete", type, ownerId, { photoId: p.id });
    return p;
  });
  // After the commit: a file without a row is harmless, a row without its file is not.
  await deletePhotoFiles(marketplacePhotoStorage(), [photo.key]);
  return true;
}

/**
 * Puts the photos of one notice or catalogue entry in the given order (the first is the
 * cover): the list names every photo of that item once.
 */
export async function reorderMarketplacePhotos(ctx: Context, photoIds: string[]): Promise<MarketplacePhoto[]> {
  const user = requireUser(ctx);
  if (!photoIds.length) throw badInput({ photoIds: "List every photo exactly once" });
  return ctx.db.transaction(async (em) => {
    const first = await loadManagedPhoto(ctx, em, photoIds[0]);
    const where = first.noticeId ? { noticeId: first.noticeId } : { productId: first.productId! };
    const photos = await em.getRepository(MarketplacePhoto).find({ where, order: { position: "ASC", createdAt: "ASC" } });
    const reordered = await reorderRows(em, "marketplace_photos", photos, photoIds, "photoIds");
    const [type, ownerId] = first.noticeId ? ["EquipmentNotice", first.noticeId] : ["Product", first.productId];
    await audit(em, user.id, "marketplace.photo.reorder", type, ownerId, { photoIds });
    return reordered;
  });
}

/** Keys of a product's photos, read in the transaction that deletes it (the rows go by cascade). */
export async function productPhotoKeys(em: EntityManager, productId: string): Promise<string[]> {
  const rows = await em.getRepository(MarketplacePhoto).find({ where: { productId }, select: { key: true } });
  return rows.map((r) => r.key);
}
