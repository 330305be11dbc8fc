import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Premises, PremisesPhoto } from "../../../entities/premises";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, notFound } from "../../errors";
import { requireUser } from "../../auth/require-user";
import { reorderRows } from "../ordering";
import { fileStorage } from "../../storage/file-storage";
import { FILE_KEY, photoFile } from "../../storage/photos";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound } from "../../ids";
import { isUniqueViolation } from "../../db-errors";
import { STAFF } from "../../auth/roles";
import { photoUrlsOf } from "../photo-urls";
import { IdArg, StoredPhotoArgs } from "../arguments";

export const MAX_PHOTOS = 20;

/**
 * Registers a photo whose files the upload route has just stored (POST
 * /premises/[id]/photos); the files must exist. OFFICIAL and ADMIN (resolver).
 */
export async function addPhoto(
  ctx: Context,
  args: { premisesId: string; key: string; width: number; height: number; alt?: string | null },
): Promise<PremisesPhoto> {
  const user = requireUser(ctx);
  if (!isUuid(args.premisesId)) throw notFound("Premises");
  if (!FILE_KEY.test(args.key)) throw badInput({ key: "Invalid photo key" });
  if (!Number.isInteger(args.width) || !Number.isInteger(args.height) || args.width < 1 || args.height < 1 || args.width > 20000 || args.height > 20000) {
    throw badInput({ width: "Invalid size" });
  }
  const alt = args.alt?.trim() || null;
  if (alt && alt.length > 200) throw badInput({ alt: "At most 200 characters" });
  const storage = fileStorage("premises");
  if (!(await storage.exists(photoFile(args.key))) || !(await storage.exists(photoFile(args.key, true)))) {
    throw badInput({ key: "No such uploaded photo" });
  }
  return ctx.db.transaction(async (em) => {
    const premises = await lockByIdOrNotFound(em, Premises, args.premisesId, "Premises");
    const repo = em.getRepository(PremisesPhoto);
    const count = await repo.countBy({ premisesId: premises.id });
    if (count >= MAX_PHOTOS) throw badInput({ file: `At most ${MAX_PHOTOS} photos` });
    const alreadyRegistered = () => badInput({ key: "Already registered" });
    if (await repo.existsBy({ key: args.key })) throw alreadyRegistered();
    const photo = await repo.save(repo.create({ premisesId: premises.id, key: args.key, width: args.width, height: args.height, alt, position: count })).catch((err: unknown) => {
      // The same key being registered on other premises at this moment: their locks do not meet, the key's index decides.
      throw isUniqueViolation(err, "UQ_premises_photos_key") ? alreadyRegistered() : err;
    });
    await audit(em, user.id, "premises.photo.add", "Premises", premises.id, { photoId: photo.id });
    return photo;
  });
}

/**
 * Puts the premises' photos in the given order (the first is the cover); the premises
 * row is locked against a concurrent upload.
 */
export async function reorderPhotos(ctx: Context, premisesId: string, photoIds: string[]): Promise<PremisesPhoto[]> {
  const user = requireUser(ctx);
  if (!isUuid(premisesId)) throw notFound("Premises");
  return ctx.db.transaction(async (em) => {
    await lockByIdOrNotFound(em, Premises, premisesId, "Premises");
    if (!photoIds.length) throw badInput({ photoIds: "List every photo exactly once" });
    const repo = em.getRepository(PremisesPhoto);
    const photos = await repo.find({ where: { premisesId }, order: { position: "ASC", createdAt: "ASC" } });
    const reordered = await reorderRows(em, "premises_photos", photos, photoIds, "photoIds");
    await audit(em, user.id, "premises.photo.reorder", "Premises", premisesId, { photoIds });
    return reordered;
  });
}

/** Removes a photo and its files; NOT_FOUND when absent. */
export async function deletePhoto(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  const photo = await ctx.db.transaction(async (em) => {
    const p = await findByIdOrNotFound(em, PremisesPhoto, id, "Photo");
    await em.getRepository(PremisesPhoto).delete({ id });
    await audit(em, user.id, "premises.photo.delete", "Premises", p.premisesId, { photoId: id });
    return p;
  });
  // After the commit: a file without a row is harmless, a row without its file is not.
  await Promise.all([fileStorage("premises").delete(photoFile(photo.key)), fileStorage("premises").delete(photoFile(photo.key, true))]);
  return true;
}

@Authorized(STAFF)
@Resolver(() => PremisesPhoto)
export class PremisesPhotoResolver {
  @Mutation(() => PremisesPhoto, { description: "Registers a photo stored by POST /premises/{id}/photos (multipart `file`)." })
  addPremisesPhoto(
    @IdArg("premisesId") premisesId: string,
    @Args(() => StoredPhotoArgs) photo: StoredPhotoArgs,
    @Ctx() ctx: Context,
  ): Promise<PremisesPhoto> {
    return addPhoto(ctx, { premisesId, ...photo });
  }

  @Mutation(() => Boolean)
  deletePremisesPhoto(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deletePhoto(ctx, id);
  }

  @Mutation(() => [PremisesPhoto], { description: "Orders the premises' photos (the first is the cover); photoIds must list each photo once." })
  reorderPremisesPhotos(
    @IdArg("premisesId") premisesId: string,
    @Arg("photoIds", () => [ID]) photoIds: string[],
    @Ctx() ctx: Context,
  ): Promise<PremisesPhoto[]> {
    return reorderPhotos(ctx, premisesId, photoIds);
  }
}

export const PremisesPhotoUrlResolver = photoUrlsOf(PremisesPhoto, "/premises/photos");
