import type { EntityManager } from "typeorm";
import {
  Booking,
  BookingStatus,
  Demand,
  DemandKind,
  DemandStatus,
  EquipmentNotice,
  MarketplacePhoto,
  NoticeKind,
  NoticeStatus,
  Offer,
  Product,
} from "../../../entities/marketplace";
import { todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import { Organization } from "../../../entities/organizations";
import { DEMANDS_SEED, EQUIPMENT_SEED, PRODUCTS_SEED } from "../../seed/data/marketplace.data";
import { ORGANIZATIONS_SEED } from "../../seed/data/organizations.data";
import { storeDemoPhoto } from "../../seed/demo-images";
import type { SeedContext } from "../module";
import { marketplacePhotoStorage } from "./photos.service";

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Demo data of the marketplace: directory details of the organisations (activities,
 * certification marks), equipment notices with a few bookings, catalogue entries,
 * demands by the demo official and sealed offers on demands whose deadline has passed.
 */
export async function seedMarketplace(em: EntityManager, ctx: SeedContext): Promise<void> {
  // Directory details the foundation's seed leaves out.
  for (const o of ORGANIZATIONS_SEED) {
    await em.update(Organization, { slug: o.slug }, { activities: o.activities, certifications: o.certifications });
  }

  const orgUser: Record<string, string> = { "pes-one": ctx.users.pes.id, "pes-two": ctx.users.pes2.id };
  const notices = await em.save(
    EQUIPMENT_SEED.flatMap(({ ownerKey, ...n }) => {
      const isResident = ownerKey === "resident";
      const org = isResident ? null : ctx.organizations[ownerKey];
      if (!isResident && !org) return [];
      return em.create(EquipmentNotice, {
        ...n,
        kind: n.kind as NoticeKind,
        status: NoticeStatus.AVAILABLE,
        // Organisations without a demo account had their notices typed in by the admin.
        ownerUserId: isResident ? ctx.users.resident.id : (orgUser[ownerKey] ?? ctx.users.admin.id),
        ownerOrganizationId: org?.id ?? null,
      });
    }),
  );

  await seedNoticePhotos(em, notices);

  // The mixer of "pes-one": one approved loan to pes-two, one request waiting from the resident.
  const today = todayInWarsaw();
  const mixer = notices.find((n) => n.kind === NoticeKind.LEND && n.ownerOrganizationId === ctx.organizations["pes-one"]?.id);
  if (mixer) {
    await em.save(
      em.getRepository(Booking).create([
        {
          noticeId: mixer.id,
          borrowerId: ctx.users.pes2.id,
          fromDate: addDays(today, 7),
          toDate: addDays(today, 9),
          status: BookingStatus.APPROVED,
          message: "Na festyn sąsiedzki na Podgórzu.",
          decidedAt: new Date(),
        },
        {
          noticeId: mixer.id,
          borrowerId: ctx.users.resident.id,
          fromDate: addDays(today, 14),
          toDate: addDays(today, 15),
          status: BookingStatus.REQUESTED,
          message: "Chciałabym upiec ciasta na kiermasz w szkole.",
        },
      ]),
    );
  }

  for (const p of PRODUCTS_SEED) {
    const org = ctx.organizations[p.orgKey];
    if (!org) continue;
    await em.save(em.getRepository(Product).create({ ...p, organizationId: org.id }));
  }

  const demands = await em.save(
    DEMANDS_SEED.map((d) =>
      em.create(Demand, {
        ...d,
        kind: d.kind as DemandKind,
        deadline: new Date(d.deadline),
        status: DemandStatus.OPEN,
        createdById: ctx.users.official.id,
        // Demo demands are not "new": no digest for them.
        digestSentAt: new Date(),
      }),
    ),
  );

  // Sealed offers on the demands whose deadline has passed, so the official can pick one.
  const now = Date.now();
  const past = demands.filter((d) => d.deadline.getTime() < now);
  const offer = (demand: Demand, orgKey: string, price: number, message: string) => {
    const org = ctx.organizations[orgKey];
    if (!org) return null;
    return em.getRepository(Offer).create({
      demandId: demand.id,
      organizationId: org.id,
      submittedById: orgUser[orgKey] ?? ctx.users.admin.id,
      price,
      message,
    });
  };
  const catering = past.find((d) => d.category === "Catering");
  const bags = past.find((d) => d.category === "Krawiectwo");
  const offers = [
    catering && offer(catering, "pes-one", 8600, "Przerwa kawowa z piernikami toruńskimi i lunch dwudaniowy, w tym opcja wegetariańska."),
    catering && offer(catering, "pes-two", 8950, "Catering przygotujemy z partnerską świetlicą; obsługa kelnerska wolontariuszy."),
    bags && offer(bags, "wtz-kolorowa-nic", 7200, "Bawełna organiczna 140 g/m², sitodruk jednokolorowy, realizacja w 5 tygodni."),
    bags && offer(bags, "pes-one", 7480, "Torby szyte przez partnerski warsztat; nadruk w dwóch kolorach."),
  ].filter((o): o is Offer => !!o);
  if (offers.length) await em.save(offers);
}

/** How many notices offering something (not WANTED) get a generated photo. */
export const DEMO_PHOTO_NOTICES = 3;

/** A generated photo for the first few notices that offer an item, stored like an upload. */
async function seedNoticePhotos(em: EntityManager, notices: EquipmentNotice[]): Promise<void> {
  const offering = notices.filter((n) => n.kind !== NoticeKind.WANTED).slice(0, DEMO_PHOTO_NOTICES);
  const storage = marketplacePhotoStorage();
  for (const [i, n] of offering.entries()) {
    const stored = await storeDemoPhoto(storage, "object", i, n.title);
    await em.insert(MarketplacePhoto, { noticeId: n.id, productId: null, ...stored, alt: n.title, position: 0 });
  }
}
