import { Booking, BookingStatus, Demand, DemandKind, DemandQuestion, DemandStatus, EquipmentNotice, ItemRequest, ItemRequestStatus, NoticeKind, NoticeStatus, Product } from "../../entities/marketplace";
import { MemberRole, MembershipStatus, OrganizationMembership } from "../../entities/organizations";
import { AccountType, Role } from "../../entities/users";
import type { Actor, Fixtures, MatrixEntry } from "./matrix";
import { createUser } from "../factories";
import { day, future, makeBooking, makeDemand, makeNotice, makeOffer, past } from "../integration/marketplace/marketplace-helpers";
import { idOf } from "./vars";

/**
 * The marketplace's and the organisation directory's rows of the access matrix
 * (tests/access/matrix.ts): spread into MATRIX there. Also run on their own by
 * access-matrix.test.ts in this folder.
 */
const EVERYONE = "everyone" as const;
const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];
const OWN_ORG: Actor[] = ["pesOwn"];
const OWN_ORG_OR_ADMIN: Actor[] = ["pesOwn", "admin"];
const OFFICIALS: Actor[] = ["official", "admin"];
const PES: Actor[] = ["pesOwn", "pesOther"];

const ownNotice = (fx: Fixtures, kind = NoticeKind.LEND) => makeNotice(fx.ds, { userId: fx.pes.id, organizationId: fx.pesOrg.id }, { kind });
const ownBooking = async (fx: Fixtures, status = BookingStatus.REQUESTED) =>
  makeBooking(fx.ds, (await ownNotice(fx)).id, await createUser(fx.ds), day(2), day(3), status);
/** An APPROVED loan of an own-organisation item to the matrix's resident, days 0–3. */
const residentLoan = async (fx: Fixtures, attrs: Partial<Booking> = {}) => {
  const b = await makeBooking(fx.ds, (await ownNotice(fx)).id, fx.resident, day(0), day(3), BookingStatus.APPROVED);
  if (Object.keys(attrs).length) await fx.ds.getRepository(Booking).update({ id: b.id }, attrs);
  return b;
};
const ownItemRequest = async (fx: Fixtures) => {
  const notice = await ownNotice(fx, NoticeKind.GIVE_AWAY);
  const requester = await createUser(fx.ds);
  return fx.ds.getRepository(ItemRequest).save(fx.ds.getRepository(ItemRequest).create({ noticeId: notice.id, requesterId: requester.id, message: "Poproszę" }));
};
const ownProduct = (fx: Fixtures) =>
  fx.ds.getRepository(Product).save(fx.ds.getRepository(Product).create({ organizationId: fx.pesOrg.id, name: "Catering", category: "Catering" }));
/** A plain active member of pesOrg (whose owner is pesOwn). */
const ownOrgMember = async (fx: Fixtures) => {
  const person = await createUser(fx.ds, { role: Role.PES_MEMBER, accountType: AccountType.PES });
  return fx.ds
    .getRepository(OrganizationMembership)
    .save(fx.ds.getRepository(OrganizationMembership).create({ userId: person.id, organizationId: fx.pesOrg.id, role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE }));
};
const NOTICE_INPUT = { kind: "LEND", title: "Namiot z macierzy" };
const PRODUCT_INPUT = { name: "Usługa z macierzy", category: "Inne", socialClauseSuitable: false };

export const MARKETPLACE_MATRIX: MatrixEntry[] = [
  // --- reads --------------------------------------------------------------
  { op: "Query.equipmentNotices", doc: `{ equipmentNotices { totalCount } }`, vars: () => ({}), allow: EVERYONE },
  {
    op: "Query.equipmentNotice",
    doc: `query($id: ID!) { equipmentNotice(id: $id) { id bookings { id } itemRequests { id } viewerBookings { id } viewerItemRequests { id } } }`,
    vars: idOf(ownNotice),
    allow: EVERYONE,
    check: (r, _fx, actor) => {
      const n = (r.data as { equipmentNotice: { bookings: unknown; itemRequests: unknown } }).equipmentNotice;
      if (!OWN_ORG_OR_ADMIN.includes(actor)) expect([n.bookings, n.itemRequests]).toEqual([null, null]);
    },
  },
  { op: "Query.myBookings", doc: `{ myBookings { id } }`, vars: () => ({}), allow: SIGNED_IN },
  { op: "Query.myItemRequests", doc: `{ myItemRequests { id } }`, vars: () => ({}), allow: SIGNED_IN },
  { op: "Query.demands", doc: `{ demands { totalCount } }`, vars: () => ({}), allow: EVERYONE },
  {
    op: "Query.demand",
    doc: `query($id: ID!) { demand(id: $id) { id offers { id } offerCount myOffer { id } } }`,
    vars: async (fx) => {
      const d = await makeDemand(fx.ds, fx.official, past());
      await makeOffer(fx.ds, d.id, fx.pesOrg.id, fx.pes);
      return { id: d.id };
    },
    allow: EVERYONE,
    check: (r, _fx, actor) => {
      const d = (r.data as { demand: { offers: unknown[] | null; offerCount: number | null; myOffer: unknown } }).demand;
      expect(d.offers === null).toBe(!OFFICIALS.includes(actor));
      expect(d.myOffer === null).toBe(actor !== "pesOwn");
    },
  },
  { op: "Query.demandCategories", doc: `{ demandCategories }`, vars: () => ({}), allow: EVERYONE },
  { op: "Query.myDemandSubscriptions", doc: `{ myDemandSubscriptions }`, vars: () => ({}), allow: SIGNED_IN },
  { op: "Query.products", doc: `{ products { totalCount } }`, vars: () => ({}), allow: EVERYONE },
  { op: "Query.product", doc: `query($id: ID!) { product(id: $id) { id } }`, vars: idOf(ownProduct), allow: EVERYONE },
  { op: "Query.organizations", doc: `{ organizations { totalCount } }`, vars: () => ({}), allow: EVERYONE },
  { op: "Query.organization", doc: `query($s: String!) { organization(slug: $s) { id } }`, vars: (fx) => ({ s: fx.pesOrg.slug }), allow: EVERYONE },
  { op: "Query.organizationById", doc: `query($id: ID!) { organizationById(id: $id) { id } }`, vars: (fx) => ({ id: fx.pesOrg.id }), allow: EVERYONE },
  { op: "Query.organizationActivities", doc: `{ organizationActivities }`, vars: () => ({}), allow: EVERYONE },

  // --- equipment ----------------------------------------------------------
  {
    op: "Mutation.createEquipmentNotice",
    doc: `mutation($input: EquipmentNoticeInput!) { createEquipmentNotice(input: $input) { id } }`,
    vars: () => ({ input: NOTICE_INPUT }),
    allow: ["resident", "pesOwn", "pesOther"],
  },
  {
    op: "Mutation.updateEquipmentNotice",
    doc: `mutation($id: ID!, $input: EquipmentNoticeInput!) { updateEquipmentNotice(id: $id, input: $input) { id } }`,
    vars: idOf(ownNotice, { input: NOTICE_INPUT }),
    allow: OWN_ORG_OR_ADMIN,
  },
  {
    op: "Mutation.setEquipmentNoticeStatus",
    doc: `mutation($id: ID!) { setEquipmentNoticeStatus(id: $id, status: "RESERVED") { id } }`,
    vars: idOf(ownNotice),
    allow: OWN_ORG_OR_ADMIN,
  },
  {
    op: "Mutation.requestBooking",
    doc: `mutation($id: ID!, $from: Date!, $to: Date!) { requestBooking(noticeId: $id, from: $from, to: $to) { id } }`,
    vars: async (fx) => ({ id: (await ownNotice(fx)).id, from: day(1), to: day(2) }),
    allow: ["resident", "pesOther", "official", "admin"],
  },
  { op: "Mutation.approveBooking", doc: `mutation($id: ID!) { approveBooking(id: $id) { id } }`, vars: idOf(ownBooking), allow: OWN_ORG },
  { op: "Mutation.rejectBooking", doc: `mutation($id: ID!) { rejectBooking(id: $id) { id } }`, vars: idOf(ownBooking), allow: OWN_ORG },
  { op: "Mutation.cancelBooking", doc: `mutation($id: ID!) { cancelBooking(id: $id) { id } }`, vars: idOf(ownBooking), allow: OWN_ORG },
  {
    op: "Mutation.returnBooking",
    doc: `mutation($id: ID!) { returnBooking(id: $id) { id } }`,
    vars: async (fx) => ({ id: (await ownBooking(fx, BookingStatus.APPROVED)).id }),
    allow: OWN_ORG,
  },
  {
    op: "Mutation.recordBookingHandover",
    doc: `mutation($id: ID!) { recordBookingHandover(id: $id) { id handedOverAt } }`,
    vars: async (fx) => ({ id: (await makeBooking(fx.ds, (await ownNotice(fx)).id, await createUser(fx.ds), day(0), day(1), BookingStatus.APPROVED)).id }),
    allow: OWN_ORG,
  },
  // The two sides of a loan: the borrower (here the matrix's resident) and the owning organisation.
  {
    op: "Mutation.requestBookingExtension",
    doc: `mutation($id: ID!, $to: Date!) { requestBookingExtension(id: $id, to: $to) { id extensionTo } }`,
    vars: async (fx) => ({ id: (await residentLoan(fx)).id, to: day(5) }),
    allow: ["resident"],
  },
  {
    op: "Mutation.approveBookingExtension",
    doc: `mutation($id: ID!) { approveBookingExtension(id: $id) { id to } }`,
    vars: async (fx) => ({ id: (await residentLoan(fx, { extensionTo: day(5) })).id }),
    allow: OWN_ORG,
  },
  {
    op: "Mutation.refuseBookingExtension",
    doc: `mutation($id: ID!) { refuseBookingExtension(id: $id, reason: "Potrzebny gdzie indziej") { id extensionTo } }`,
    vars: async (fx) => ({ id: (await residentLoan(fx, { extensionTo: day(5) })).id }),
    allow: OWN_ORG,
  },
  { op: "Mutation.confirmBookingReceipt", doc: `mutation($id: ID!) { confirmBookingReceipt(id: $id) { id receivedAt } }`, vars: idOf(residentLoan), allow: ["resident"] },
  {
    op: "Mutation.recordItemHandover",
    doc: `mutation($id: ID!) { recordItemHandover(id: $id, note: "Odebrane") { id handedOverAt } }`,
    vars: async (fx) => {
      const r = await ownItemRequest(fx);
      await fx.ds.getRepository(ItemRequest).update({ id: r.id }, { status: ItemRequestStatus.ACCEPTED });
      await fx.ds.getRepository(EquipmentNotice).update({ id: r.noticeId }, { status: NoticeStatus.RESERVED });
      return { id: r.id };
    },
    allow: OWN_ORG,
  },
  {
    op: "Mutation.requestItem",
    doc: `mutation($id: ID!) { requestItem(noticeId: $id, message: "Poproszę") { id } }`,
    vars: async (fx) => ({ id: (await ownNotice(fx, NoticeKind.GIVE_AWAY)).id }),
    allow: ["resident", "pesOther", "official", "admin"],
  },
  { op: "Mutation.acceptItemRequest", doc: `mutation($id: ID!) { acceptItemRequest(id: $id) { id } }`, vars: idOf(ownItemRequest), allow: OWN_ORG },
  { op: "Mutation.declineItemRequest", doc: `mutation($id: ID!) { declineItemRequest(id: $id) { id } }`, vars: idOf(ownItemRequest), allow: OWN_ORG },
  // Only the requester withdraws; here the requester is nobody in the matrix.
  { op: "Mutation.withdrawItemRequest", doc: `mutation($id: ID!) { withdrawItemRequest(id: $id) { id } }`, vars: idOf(ownItemRequest), allow: [] },

  // --- demands and offers ---------------------------------------------------
  {
    op: "Mutation.createDemand",
    doc: `mutation($input: DemandInput!) { createDemand(input: $input) { id } }`,
    vars: () => ({ input: { kind: DemandKind.COMMISSION, title: "Druk z macierzy", deadline: future().toISOString() } }),
    allow: OFFICIALS,
  },
  {
    op: "Mutation.submitOffer",
    doc: `mutation($id: ID!) { submitOffer(demandId: $id, input: { price: 100, message: "Oferta" }) { id } }`,
    vars: async (fx) => ({ id: (await makeDemand(fx.ds, fx.official, future())).id }),
    allow: PES,
  },
  {
    op: "Mutation.withdrawOffer",
    doc: `mutation($id: ID!) { withdrawOffer(demandId: $id) }`,
    vars: async (fx) => {
      const d = await makeDemand(fx.ds, fx.official, future());
      await makeOffer(fx.ds, d.id, fx.pesOrg.id, fx.pes);
      return { id: d.id };
    },
    allow: OWN_ORG,
  },
  {
    op: "Mutation.awardOffer",
    doc: `mutation($id: ID!) { awardOffer(offerId: $id) { id } }`,
    vars: async (fx) => {
      const d = await makeDemand(fx.ds, fx.official, past());
      return { id: (await makeOffer(fx.ds, d.id, fx.pesOrg.id, fx.pes)).id };
    },
    allow: OFFICIALS,
  },
  {
    op: "Mutation.closeDemand",
    doc: `mutation($id: ID!) { closeDemand(id: $id) { id } }`,
    vars: async (fx) => ({ id: (await makeDemand(fx.ds, fx.official, future())).id }),
    allow: OFFICIALS,
  },
  {
    op: "Mutation.askDemandQuestion",
    doc: `mutation($id: ID!) { askDemandQuestion(demandId: $id, question: "Czy można etapami?") { id askedByViewer } }`,
    vars: async (fx) => ({ id: (await makeDemand(fx.ds, fx.official, future())).id }),
    allow: PES,
  },
  {
    op: "Mutation.answerDemandQuestion",
    doc: `mutation($id: ID!) { answerDemandQuestion(questionId: $id, answer: "Tak.") { id answer } }`,
    vars: async (fx) => {
      const d = await makeDemand(fx.ds, fx.official, future(), { category: "Catering" });
      const q = await fx.ds.getRepository(DemandQuestion).save(fx.ds.getRepository(DemandQuestion).create({ demandId: d.id, askedById: fx.pes.id, question: "Czy można etapami?" }));
      return { id: q.id };
    },
    allow: OFFICIALS,
  },
  {
    op: "Mutation.amendDemand",
    doc: `mutation($id: ID!) { amendDemand(id: $id, input: { note: "Dodano załącznik z wymiarami" }) { id amendments { note } } }`,
    vars: async (fx) => ({ id: (await makeDemand(fx.ds, fx.official, future())).id }),
    allow: OFFICIALS,
  },
  {
    // The award is public: everyone sees the chosen organisation and price, nobody the losing offer.
    op: "Query.demand",
    doc: `query($id: ID!) { demand(id: $id) { award { price organization { id } } questions { id question answer askedByViewer } amendments { id } } }`,
    vars: async (fx) => {
      const d = await makeDemand(fx.ds, fx.official, past());
      const won = await makeOffer(fx.ds, d.id, fx.pesOrg.id, fx.pes, 900);
      await makeOffer(fx.ds, d.id, fx.otherOrg.id, fx.otherPes, 731.5);
      await fx.ds.getRepository(Demand).update({ id: d.id }, { status: DemandStatus.AWARDED, awardedOfferId: won.id, decidedAt: new Date() });
      await fx.ds.getRepository(DemandQuestion).save(fx.ds.getRepository(DemandQuestion).create({ demandId: d.id, askedById: fx.otherPes.id, question: "Pytanie?" }));
      return { id: d.id };
    },
    allow: EVERYONE,
    check: (r, fx, actor) => {
      const d = (r.data as { demand: { award: { price: number; organization: { id: string } }; questions: { askedByViewer: boolean }[] } }).demand;
      expect(d.award).toEqual({ price: 900, organization: { id: fx.pesOrg.id } });
      // Match the losing price as a JSON value and the losing organisation by id: a bare "700"
      // once matched a random UUID and failed CI.
      const body = JSON.stringify(r.data);
      expect(body).not.toContain(":731.5");
      expect(body).not.toContain(fx.otherOrg.id);
      expect(d.questions[0].askedByViewer).toBe(actor === "pesOther");
    },
  },
  { op: "Mutation.subscribeToDemandCategory", doc: `mutation { subscribeToDemandCategory(category: "Catering") }`, vars: () => ({}), allow: [...PES, "admin"] },
  { op: "Mutation.unsubscribeFromDemandCategory", doc: `mutation { unsubscribeFromDemandCategory(category: "Catering") }`, vars: () => ({}), allow: SIGNED_IN },

  // --- catalogue and profiles ---------------------------------------------
  {
    op: "Mutation.createProduct",
    doc: `mutation($input: ProductInput!) { createProduct(input: $input) { id } }`,
    vars: (fx) => ({ input: { ...PRODUCT_INPUT, organizationId: fx.pesOrg.id } }),
    allow: [...PES, "admin"],
  },
  {
    op: "Mutation.updateProduct",
    doc: `mutation($id: ID!, $input: ProductInput!) { updateProduct(id: $id, input: $input) { id } }`,
    vars: idOf(ownProduct, { input: PRODUCT_INPUT }),
    allow: OWN_ORG_OR_ADMIN,
  },
  { op: "Mutation.deleteProduct", doc: `mutation($id: ID!) { deleteProduct(id: $id) }`, vars: idOf(ownProduct), allow: OWN_ORG_OR_ADMIN },
  {
    op: "Query.organizationMembers",
    doc: `query($id: ID!) { organizationMembers(organizationId: $id) { id user { email } } }`,
    vars: (fx) => ({ id: fx.pesOrg.id }),
    allow: OWN_ORG_OR_ADMIN,
    deniedData: (d) => d?.organizationMembers,
  },
  {
    op: "Mutation.updateOrganizationMember",
    doc: `mutation($id: ID!) { updateOrganizationMember(id: $id, input: { role: OWNER, title: "Członek zarządu" }) { id role } }`,
    vars: idOf(ownOrgMember),
    allow: OWN_ORG_OR_ADMIN,
  },
  { op: "Mutation.removeOrganizationMember", doc: `mutation($id: ID!) { removeOrganizationMember(id: $id) }`, vars: idOf(ownOrgMember), allow: OWN_ORG_OR_ADMIN },
  {
    op: "Mutation.updateOrganizationProfile",
    doc: `mutation($id: ID!, $input: OrganizationProfileInput!) { updateOrganizationProfile(id: $id, input: $input) { id } }`,
    vars: (fx) => ({ id: fx.pesOrg.id, input: { name: fx.pesOrg.name, legalForm: fx.pesOrg.legalForm } }),
    allow: OWN_ORG_OR_ADMIN,
  },
  {
    // A key with no stored file: whoever may act gets BAD_USER_INPUT (rights are checked first).
    op: "Mutation.setOrganizationLogo",
    doc: `mutation($id: ID!) { setOrganizationLogo(organizationId: $id, key: "AAAAAAAAAAAAAAAAAAAAAAAA") { id } }`,
    vars: (fx) => ({ id: fx.pesOrg.id }),
    allow: OWN_ORG_OR_ADMIN,
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    op: "Mutation.removeOrganizationLogo",
    doc: `mutation($id: ID!) { removeOrganizationLogo(organizationId: $id) { id hasUploadedLogo } }`,
    vars: (fx) => ({ id: fx.pesOrg.id }),
    allow: OWN_ORG_OR_ADMIN,
  },
];
