import type { EntityManager } from "typeorm";
import { Premises, PremisesStatus } from "../../../entities/premises";
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
}
