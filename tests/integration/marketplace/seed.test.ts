import { Booking, Demand, EquipmentNotice, Offer, Product } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import { seedMarketplace } from "../../../server/modules/marketplace/marketplace.seed";
import { loadSeedRefs, seedUsers } from "../../../server/modules/users/users.seed";
import type { SeedContext } from "../../../server/modules/module";
import { seededRandom } from "../../../server/seed";
import { DEMANDS_SEED, EQUIPMENT_SEED, PRODUCTS_SEED } from "../../../server/seed/data/marketplace.data";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

describe("marketplace seed", () => {
  it("writes the data files' notices, products, demands and sealed offers, and fills the directory", async () => {
    await db.ds.transaction(async (em) => {
      const base = { demoPassword: "pestor-demo", random: seededRandom(2013) };
      await seedUsers(em, { ...base, users: {}, organizations: {} } as unknown as SeedContext);
      await seedMarketplace(em, { ...base, ...(await loadSeedRefs(em)) } as SeedContext);
    });
    expect(await db.ds.getRepository(EquipmentNotice).count()).toBe(EQUIPMENT_SEED.length);
    expect(await db.ds.getRepository(Product).count()).toBe(PRODUCTS_SEED.length);
    expect(await db.ds.getRepository(Demand).count()).toBe(DEMANDS_SEED.length);
    expect(await db.ds.getRepository(Offer).count()).toBeGreaterThanOrEqual(2);
    expect(await db.ds.getRepository(Booking).count()).toBe(2);
    const pesOne = await db.ds.getRepository(Organization).findOneByOrFail({ slug: "spoldzielnia-socjalna-piernikowa-pracownia" });
    expect(pesOne.activities).toContain("catering");
    expect(pesOne.certifications[0]).toMatchObject({ name: "Zakup Prospołeczny", validFrom: "2026-03-01" });

    // The demo official sees the offers of a past-deadline demand; the demo PES do not see each other's.
    const refs = await loadSeedRefs(db.ds.manager);
    const Q = `{ demands(first: 100, filter: { open: false }) { edges { node { title offers { organization { name } } myOffer { id } } } } }`;
    const asOfficial = ok(await gql(db.ds, Q, {}, refs.users.official.id)).demands.edges;
    expect(asOfficial.some((e: { node: { offers: unknown[] | null } }) => (e.node.offers?.length ?? 0) >= 2)).toBe(true);
    const asPes2 = ok(await gql(db.ds, Q, {}, refs.users.pes2.id)).demands.edges;
    expect(asPes2.every((e: { node: { offers: unknown } }) => e.node.offers === null)).toBe(true);
  });
});
