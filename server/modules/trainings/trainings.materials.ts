import { TrainingMaterial, RegistrationStatus, Training } from "../../../entities/trainings";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { findById, findByIdOrNotFound, lockByIdOrNotFound } from "../../ids";
import { isUniqueViolation } from "../../db-errors";
import { inspectUploadedDocument } from "../uploaded-documents";
import { fileStorage } from "../../storage/file-storage";
import type { TrainingMaterialInput } from "./trainings.inputs";
import { canOrganise, requireOrganiser } from "./trainings.policy";

/**
 * Materials of a training: files (stored by POST /trainings/{id}/materials through the
 * shared document upload) and links, each either public or for registered attendees.
 */
export const materialStorage = () => fileStorage("training-materials");
export const MAX_MATERIALS = 30;

/** Organisers add a link (`url`) or a just uploaded file (`key`), never both. */
export async function addTrainingMaterial(ctx: Context, trainingId: string, input: TrainingMaterialInput): Promise<TrainingMaterial> {
  const user = requireOrganiser(ctx);
  const title = input.title.trim();
  const url = input.url?.trim() || null;
  const key = input.key || null;
  if (!!url === !!key) throw badInput({ url: "Give a link or a file, not both" });
  const uploaded = key ? await inspectUploadedDocument(materialStorage(), key, input.fileName) : null;
  const file = uploaded && { fileKey: uploaded.key, fileName: uploaded.fileName, contentType: uploaded.contentType, size: uploaded.size };
  const alreadyRegistered = () => badInput({ key: "Already registered" });
  try {
    return await ctx.db.transaction(async (em) => {
      // Locked (FOR UPDATE also waits for a material being inserted under it): two additions at once are counted one after the other.
      const t = await lockByIdOrNotFound(em, Training, trainingId, "Training");
      const repo = em.getRepository(TrainingMaterial);
      if ((await repo.countBy({ trainingId: t.id })) >= MAX_MATERIALS) throw badInput({ file: `At most ${MAX_MATERIALS} materials` });
      if (file && (await repo.existsBy({ fileKey: file.fileKey }))) throw alreadyRegistered();
      const m = await repo.save(
        repo.create({ trainingId: t.id, title: title || file?.fileName || url!, linkUrl: url, ...(file ?? {}), public: input.public, createdById: user.id }),
      );
      await audit(em, user.id, "training.material.add", "Training", t.id, { materialId: m.id, title: m.title });
      return m;
    });
  } catch (err) {
    // The check above cannot see the same file still being added (a double click); the unique index then refuses it.
    if (isUniqueViolation(err, "UQ_training_materials_file_key")) throw alreadyRegistered();
    throw err;
  }
}

/** Organisers remove a material (and, after the commit, its file). */
export async function deleteTrainingMaterial(ctx: Context, id: string): Promise<boolean> {
  const user = requireOrganiser(ctx);
  const m = await ctx.db.transaction(async (em) => {
    const found = await findByIdOrNotFound(em, TrainingMaterial, id, "Material");
    await em.delete(TrainingMaterial, found.id);
    await audit(em, user.id, "training.material.delete", "Training", found.trainingId, { materialId: found.id });
    return found;
  });
  if (m.fileKey) await materialStorage().delete(m.fileKey);
  return true;
}

/** Organisers see every material; a person with a confirmed seat (or who registered colleagues) sees the rest too. */
async function seesAttendeeMaterials(ctx: Context, t: Pick<Training, "id">): Promise<boolean> {
  if (!ctx.user) return false;
  if (canOrganise(ctx.user)) return true;
  const own = await ctx.loaders.liveRegistrationOf.load(`${ctx.user.id}:${t.id}`);
  if (own?.status === RegistrationStatus.CONFIRMED) return true;
  const [row] = await ctx.db.query(
    `SELECT 1 FROM registrations WHERE training_id = $1 AND user_id = $2 AND status = 'CONFIRMED' LIMIT 1`,
    [t.id, ctx.user.id],
  );
  return !!row;
}

/** The materials the caller may see, oldest first. */
export async function visibleMaterials(ctx: Context, t: Training): Promise<TrainingMaterial[]> {
  const all = await ctx.db.getRepository(TrainingMaterial).find({ where: { trainingId: t.id }, order: { createdAt: "ASC", id: "ASC" } });
  if (all.every((m) => m.public)) return all;
  return (await seesAttendeeMaterials(ctx, t)) ? all : all.filter((m) => m.public);
}

/** One material for its download route, or null when absent or not for the caller (the same answer). */
export async function findMaterial(ctx: Context, id: string): Promise<TrainingMaterial | null> {
  const m = await findById(ctx.db, TrainingMaterial, id);
  if (!m) return null;
  if (m.public || (await seesAttendeeMaterials(ctx, { id: m.trainingId }))) return m;
  return null;
}
