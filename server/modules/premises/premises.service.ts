import type { DataSource, EntityManager } from "typeorm";
import { UTILITIES } from "../../../entities/codes";
import { Premises, PremisesPhoto, PremisesStatus } from "../../../entities/premises";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, notFound } from "../../errors";
import { fileStorage } from "../../storage/file-storage";
import { photoFile } from "../../storage/photos";
import { requireUser } from "../../auth/require-user";
import type { PremisesInput } from "./premises.inputs";
import { notifyDistrictFollowers } from "./premises.mail";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound } from "../../ids";
import { isUniqueViolation } from "../../db-errors";

// The search (filter, page, facets, map, export) lives in premises.search.ts; callers
// import it from here as before.
export {
  MAX_MAP_POINTS,
  applyFilter,
  listForExport,
  mapPoints,
  normaliseFilter,
  premisesChangedSince,
  premisesCounting,
  premisesFacets,
  searchPremises,
} from "./premises.search";

/** One premises, or null when absent (an id that is not a uuid is simply absent). */
export async function findPremises(db: DataSource | EntityManager, id: string): Promise<Premises | null> {
  if (!isUuid(id)) return null;
  return db.getRepository(Premises).findOneBy({ id });
}

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === "" ? null : v.trim());

/** Input → columns. Contract fields are replaced; extra fields left out keep their value. */
export function columnsFrom(input: PremisesInput): Partial<Premises> {
  if ((input.latitude == null) !== (input.longitude == null)) {
    throw badInput({ [input.latitude == null ? "latitude" : "longitude"]: "Give both latitude and longitude, or neither" });
  }
  if (input.availableFrom && Number.isNaN(Date.parse(`${input.availableFrom}T00:00:00Z`))) {
    throw badInput({ availableFrom: "Not a valid date" });
  }
  const cols: Partial<Premises> = {
    address: input.address.trim(),
    district: input.district,
    areaM2: input.areaM2,
    monthlyRent: input.monthlyRent,
    status: input.status ?? PremisesStatus.AVAILABLE,
    stepFree: input.stepFree ?? false,
    description: blankToNull(input.description) ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
  };
  const extras = {
    code: blankToNull(input.code),
    floor: input.floor,
    condition: input.condition,
    conditionNote: blankToNull(input.conditionNote),
    // Each code once, in the order of the list (entities/codes.ts), whatever order was sent.
    utilities: input.utilities === undefined ? undefined : UTILITIES.filter((u) => input.utilities?.includes(u)),
    utilitiesNote: blankToNull(input.utilitiesNote),
    permittedUse: blankToNull(input.permittedUse),
    availableFrom: blankToNull(input.availableFrom),
    preferentialRent: input.preferentialRent === null ? false : input.preferentialRent,
    administrator: blankToNull(input.administrator),
    contactName: blankToNull(input.contactName),
    contactPhone: blankToNull(input.contactPhone),
    contactEmail: blankToNull(input.contactEmail),
  };
  for (const [k, v] of Object.entries(extras)) if (v !== undefined) (cols as Record<string, unknown>)[k] = v;
  if (input.address.trim().length < 3) throw badInput({ address: "Must be 3 to 200 characters" });
  return cols;
}

const codeUsed = (code: string | null | undefined) => conflict(code ? `Reference number ${code} is already used` : "A reference number is already used");

async function requireFreeCode(em: EntityManager, code: string | null | undefined, exceptId?: string): Promise<void> {
  if (!code) return;
  const other = await em.getRepository(Premises).findOne({ where: { code }, select: { id: true } });
  if (other && other.id !== exceptId) throw codeUsed(code);
}

/**
 * Runs `transaction`, which writes premises with reference number `code` (if any) after
 * {@link requireFreeCode}. The check cannot see premises of that number still being saved
 * (a double click, two officials at once); the unique index then refuses the later one,
 * which is the same refusal.
 */
export async function withFreeCode<T>(code: string | null | undefined, transaction: () => Promise<T>): Promise<T> {
  try {
    return await transaction();
  } catch (err) {
    if (isUniqueViolation(err, "UQ_premises_code")) throw codeUsed(code);
    throw err;
  }
}

/**
 * An official or admin adds premises; they become its owner (they get its enquiries).
 * Any OFFICIAL may manage any premises: the city runs the base from one department.
 */
export async function createPremises(ctx: Context, input: PremisesInput): Promise<Premises> {
  const user = requireUser(ctx);
  const cols = columnsFrom(input);
  return withFreeCode(cols.code, () =>
    ctx.db.transaction(async (em) => {
      await requireFreeCode(em, cols.code);
      const repo = em.getRepository(Premises);
      const { identifiers } = await repo.insert({ ...cols, ownerId: user.id });
      const saved = await repo.findOneByOrFail({ id: identifiers[0].id as string });
      await audit(em, user.id, "premises.create", "Premises", saved.id, { address: saved.address, district: saved.district });
      if (saved.status === PremisesStatus.AVAILABLE) await notifyDistrictFollowers(em, { district: saved.district, added: [saved], by: user.id });
      return saved;
    }),
  );
}

/** Replaces the contract fields of premises (extra fields left out stay); NOT_FOUND when absent. */
export async function updatePremises(ctx: Context, id: string, input: PremisesInput): Promise<Premises> {
  const user = requireUser(ctx);
  if (!isUuid(id)) throw notFound("Premises");
  const cols = columnsFrom(input);
  return withFreeCode(cols.code, () =>
    ctx.db.transaction(async (em) => {
      const repo = em.getRepository(Premises);
      const before = await lockByIdOrNotFound(em, Premises, id, "Premises");
      await requireFreeCode(em, cols.code, id);
      await repo.update({ id }, cols);
      const after = await repo.findOneByOrFail({ id });
      const changed = Object.keys(cols).filter(
        (k) => JSON.stringify((before as unknown as Record<string, unknown>)[k]) !== JSON.stringify((after as unknown as Record<string, unknown>)[k]),
      );
      await audit(em, user.id, "premises.update", "Premises", id, { changed });
      return after;
    }),
  );
}

/** Deletes premises (with its enquiries and photos); NOT_FOUND when absent. */
export async function deletePremises(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  const keys = await ctx.db.transaction(async (em) => {
    const p = await findByIdOrNotFound(em, Premises, id, "Premises");
    const photos = await em.getRepository(PremisesPhoto).find({ where: { premisesId: id }, select: { key: true } });
    await em.getRepository(Premises).delete({ id });
    await audit(em, user.id, "premises.delete", "Premises", id, { address: p.address, code: p.code });
    return photos.map((ph) => ph.key);
  });
  // The files go after the commit; a failure leaves only unreferenced files behind.
  await Promise.allSettled(keys.flatMap((k) => [fileStorage("premises").delete(photoFile(k)), fileStorage("premises").delete(photoFile(k, true))]));
  return true;
}
