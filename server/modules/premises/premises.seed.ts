import type { EntityManager } from "typeorm";
import { Premises, PremisesPhoto, PremisesStatus } from "../../../entities/premises";
import { storeDemoPhoto } from "../../seed/demo-images";
import { fileStorage } from "../../storage/file-storage";
import type { SeedContext } from "../module";
import { PREMISES_SEED } from "../../seed/data/premises.data";

/**
 * All rows of PREMISES_SEED, owned by the demo official. `createdAt` is spread over the
 * past days (in table order, newest last) so that the NEWEST order means something.
 */
export async function seedPremises(em: EntityManager, ctx: SeedContext): Promise<void> {
  const now = Date.now();
  const n = PREMISES_SEED.length;
  const rows = PREMISES_SEED.map((p, i) => ({
    code: p.code ?? null,
    address: p.address,
    district: p.district,
    areaM2: p.areaM2,
    monthlyRent: p.monthlyRent,
    status: p.status as PremisesStatus,
    stepFree: p.stepFree,
    description: p.description,
    latitude: p.latitude,
    longitude: p.longitude,
    floor: p.floor,
    condition: p.condition,
    utilities: p.utilities,
    permittedUse: p.permittedUse,
    availableFrom: p.availableFrom,
    preferentialRent: p.preferentialRent,
    administrator: p.administrator ?? null,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    contactEmail: p.contactEmail,
    ownerId: ctx.users.official.id,
    createdAt: new Date(now - (n - i) * 6 * 3600_000),
    updatedAt: new Date(now - (n - i) * 6 * 3600_000),
  }));
  for (let i = 0; i < rows.length; i += 50) await em.insert(Premises, rows.slice(i, i + 50));
  await seedPremisesPhotos(em);
}

/** How many of the first available premises get photos, and how many each (the first gets more). */
export const DEMO_PHOTO_PREMISES = 4;
const PHOTOS_PER_PREMISES = [3, 2, 2, 1];

/**
 * Generated façade photos for the first few available premises of the data file, stored
 * like uploads, so that the list's thumbnails and the details' gallery show on
 * `npm run dev`. Runs inside the module's seed (once per database, see seed_log).
 */
async function seedPremisesPhotos(em: EntityManager): Promise<void> {
  const available = PREMISES_SEED.filter((p) => p.status === "AVAILABLE").slice(0, DEMO_PHOTO_PREMISES);
  const storage = fileStorage("premises");
  let variant = 0;
  for (const [i, p] of available.entries()) {
    const premises = await em.getRepository(Premises).findOneByOrFail({ address: p.address });
    const rows = [];
    for (let n = 0; n < PHOTOS_PER_PREMISES[i]; n++) {
      const stored = await storeDemoPhoto(storage, "facade", variant++, p.address);
      rows.push({ premisesId: premises.id, ...stored, alt: n === 0 ? `Witryna lokalu, ${p.address}` : `Widok lokalu, ${p.address} (${n + 1})`, position: n });
    }
    await em.insert(PremisesPhoto, rows);
  }
}
