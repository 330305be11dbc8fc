import type { DataSource } from "typeorm";
import { Booking, BookingStatus, Demand, DemandKind, DemandStatus, EquipmentNotice, NoticeKind, Offer } from "../../../entities/marketplace";
import { todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import type { User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { createPesMember, createUser } from "../../factories";

/** A calendar day `n` days from today (Europe/Warsaw). */
export function day(n: number): string {
  const d = new Date(`${todayInWarsaw()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export async function makeNotice(
  ds: DataSource,
  owner: { userId: string; organizationId?: string | null },
  attrs: Partial<EquipmentNotice> = {},
): Promise<EquipmentNotice> {
  return ds.getRepository(EquipmentNotice).save(
    ds.getRepository(EquipmentNotice).create({
      kind: NoticeKind.LEND,
      title: "Namiot 3×6 m",
      description: "Na festyny",
      district: "Podgórz",
      ownerUserId: owner.userId,
      ownerOrganizationId: owner.organizationId ?? null,
      ...attrs,
    }),
  );
}

export async function makeBooking(ds: DataSource, noticeId: string, borrower: User, from: string, to: string, status = BookingStatus.REQUESTED) {
  return ds.getRepository(Booking).save(ds.getRepository(Booking).create({ noticeId, borrowerId: borrower.id, fromDate: from, toDate: to, status }));
}

/** A PES member's LEND notice and a borrower's booking of it (`status`, APPROVED by default): a loan to act on. */
export async function makeLoan(ds: DataSource, from: string, to: string, status = BookingStatus.APPROVED, noticeAttrs: Partial<EquipmentNotice> = {}) {
  const { user: owner, organization } = await createPesMember(ds);
  const notice = await makeNotice(ds, { userId: owner.id, organizationId: organization.id }, noticeAttrs);
  const borrower = await createUser(ds);
  const booking = await makeBooking(ds, notice.id, borrower, from, to, status);
  return { owner, organization, notice, borrower, booking };
}

/** Straight into the table: the API refuses past deadlines, tests need them. */
export async function makeDemand(ds: DataSource, official: User, deadline: Date, attrs: Partial<Demand> = {}): Promise<Demand> {
  return ds.getRepository(Demand).save(
    ds.getRepository(Demand).create({
      kind: DemandKind.REQUEST_FOR_QUOTATION,
      title: "Sprzątanie punktu obsługi",
      description: "12 miesięcy",
      deadline,
      socialClause: true,
      status: DemandStatus.OPEN,
      createdById: official.id,
      ...attrs,
    }),
  );
}

export async function makeOffer(ds: DataSource, demandId: string, organizationId: string, by: User, price = 1000, message = "Oferta") {
  return ds.getRepository(Offer).save(ds.getRepository(Offer).create({ demandId, organizationId, submittedById: by.id, price, message }));
}

export const HOUR = 3_600_000;
export const past = () => new Date(Date.now() - HOUR);
export const future = () => new Date(Date.now() + 24 * HOUR);

/**
 * The control of a booking race: runs `race` while the file's database (`current`, swapped by
 * `swap`) is a fresh one without the exclusion constraint on approved bookings, so the test can
 * show that it would see overbooking; the file's database is put back and the fresh one dropped.
 */
export async function withoutOverlapConstraint<T>(current: TestDb, swap: (db: TestDb) => void, race: () => Promise<T>): Promise<T> {
  const other = await createTestDb({ poolSize: 30 });
  try {
    await other.ds.query(`ALTER TABLE bookings DROP CONSTRAINT "EXC_bookings_approved_overlap"`);
    swap(other);
    return await race();
  } finally {
    swap(current);
    await other.drop();
  }
}
