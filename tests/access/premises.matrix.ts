import { Attachment } from "../../entities/marketplace";
import { newFileKey } from "../../server/storage/photos";
import type { Actor, Fixtures, MatrixEntry } from "./matrix";
import { idOf } from "./vars";

const STAFF: Actor[] = ["official", "admin"];
const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];

async function premises(fx: Fixtures, ownerId: string | null = fx.official.id): Promise<string> {
  const [{ id }] = await fx.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, owner_id) VALUES ('ul. Macierzowa 1', 'Mokre', 50, 1500, $1) RETURNING id`,
    [ownerId],
  );
  return id;
}

async function slot(fx: Fixtures, capacity = 50): Promise<string> {
  const [{ id }] = await fx.ds.query(
    `INSERT INTO premises_viewing_slots (premises_id, starts_at, ends_at, place, capacity) VALUES ($1, now() + interval '3 days', now() + interval '3 days 1 hour', 'Wejście od podwórza', $2) RETURNING id`,
    [await premises(fx), capacity],
  );
  return id;
}

async function round(fx: Fixtures, deadline: "future" | "past" = "future"): Promise<{ roundId: string; applicationId: string; premisesId: string }> {
  const premisesId = await premises(fx);
  const [{ id: roundId }] = await fx.ds.query(
    `INSERT INTO premises_letting_rounds (premises_id, deadline, minimum_rent) VALUES ($1, now() + ($2)::interval, 1000) RETURNING id`,
    [premisesId, deadline === "future" ? "7 days" : "-1 day"],
  );
  const [{ id: applicationId }] = await fx.ds.query(
    `INSERT INTO premises_letting_applications (round_id, organization_id, proposed_rent, intended_use) VALUES ($1, $2, 1200, 'Kawiarnia spółdzielni socjalnej') RETURNING id`,
    [roundId, fx.pesOrg.id],
  );
  return { roundId, applicationId, premisesId };
}

/** A document of pesOwn's organisation's application in an open round. */
async function applicationDocument(fx: Fixtures): Promise<string> {
  const { applicationId } = await round(fx);
  const repo = fx.ds.getRepository(Attachment);
  const doc = await repo.save(
    repo.create({ demandId: null, offerId: null, lettingApplicationId: applicationId, key: newFileKey(), fileName: "biznesplan.pdf", contentType: "application/pdf", size: 10, uploadedById: fx.pes.id }),
  );
  return doc.id;
}

const INPUT = { address: "ul. Szeroka 1", district: "Stare Miasto", areaM2: 40, monthlyRent: 2000 };
const CSV = "adres;osiedle;powierzchnia;czynsz\nul. Szeroka 2;Stare Miasto;40,5;1800\n";

/** The premises base: public reads; officials and admins write; enquiries from verified PES. */
export const PREMISES_MATRIX: MatrixEntry[] = [
  { op: "Query.premisesSearch", doc: `{ premisesSearch(first: 5) { totalCount } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.premisesFacets", doc: `{ premisesFacets { totalCount } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.premises", doc: `query($id: ID!) { premises(id: $id) { id } }`, vars: idOf(premises), allow: "everyone" },
  { op: "Query.premisesCsv", doc: `{ premisesCsv(limit: 5) }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Mutation.createPremises",
    doc: `mutation($i: PremisesInput!) { createPremises(input: $i) { id } }`,
    vars: () => ({ i: INPUT }),
    allow: STAFF,
  },
  { op: "Mutation.updatePremises", doc: `mutation($id: ID!, $i: PremisesInput!) { updatePremises(id: $id, input: $i) { id } }`, vars: idOf(premises, { i: INPUT }), allow: STAFF },
  { op: "Mutation.deletePremises", doc: `mutation($id: ID!) { deletePremises(id: $id) }`, vars: idOf(premises), allow: STAFF },
  {
    op: "Mutation.importPremisesCsv",
    doc: `mutation($csv: String!) { importPremisesCsv(csv: $csv, dryRun: true) { ok } }`,
    vars: () => ({ csv: CSV }),
    allow: STAFF,
  },
  {
    op: "Mutation.sendPremisesEnquiry",
    doc: `mutation($id: ID!) { sendPremisesEnquiry(premisesId: $id, message: "Jesteśmy zainteresowani obejrzeniem lokalu.") { id } }`,
    vars: idOf(premises),
    // Only members of a verified PES enquire (the rate limit may answer for repeated runs).
    allow: ["pesOwn", "pesOther"],
    allowedCodes: ["RATE_LIMITED"],
  },
  {
    op: "Query.premisesEnquiries",
    doc: `{ premisesEnquiries { id } }`,
    vars: () => ({}),
    allow: STAFF,
    deniedData: (d) => d?.premisesEnquiries,
  },
  {
    op: "Mutation.savePremisesSearch",
    doc: `mutation { savePremisesSearch(name: "Moje", filter: { areaMin: 30 }) { id } }`,
    vars: () => ({}),
    allow: SIGNED_IN,
  },
  { op: "Query.myPremisesSearches", doc: `{ myPremisesSearches { id } }`, vars: () => ({}), allow: SIGNED_IN },
  {
    op: "Mutation.deletePremisesSearch",
    doc: `mutation($id: ID!) { deletePremisesSearch(id: $id) }`,
    // A search of the resident: only the resident (its owner) may delete it.
    vars: async (fx) => {
      const [{ id }] = await fx.ds.query(
        `INSERT INTO premises_saved_searches (user_id, name, filter, unsubscribe_token, last_checked_at) VALUES ($1, 'x', '{}', md5(random()::text), now()) RETURNING id`,
        [fx.resident.id],
      );
      return { id };
    },
    allow: ["resident"],
  },
  {
    op: "Mutation.unsubscribePremisesSearch",
    doc: `mutation { unsubscribePremisesSearch(token: "forged-token") }`,
    vars: () => ({}),
    // Public by design (the e-mail link); a forged token changes nothing.
    allow: "everyone",
    allowedCodes: ["BAD_USER_INPUT", "NOT_FOUND"],
  },
  {
    op: "Mutation.addPremisesPhoto",
    doc: `mutation($id: ID!) { addPremisesPhoto(premisesId: $id, key: "missing-key", width: 10, height: 10) { id } }`,
    vars: idOf(premises),
    allow: STAFF,
    allowedCodes: ["BAD_USER_INPUT", "NOT_FOUND"],
  },
  {
    op: "Mutation.reorderPremisesPhotos",
    doc: `mutation($id: ID!) { reorderPremisesPhotos(premisesId: $id, photoIds: []) { id } }`,
    vars: idOf(premises),
    allow: STAFF,
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    op: "Mutation.deletePremisesPhoto",
    doc: `mutation { deletePremisesPhoto(id: "00000000-0000-4000-8000-000000000000") }`,
    vars: () => ({}),
    allow: STAFF,
    allowedCodes: ["NOT_FOUND"],
  },
  // Viewings and letting rounds (issue 17): the official in charge of the premises
  // (fx.official owns them) and admins run them; residents and verified PES book;
  // verified PES apply; the sealed applications are pinned in tests/integration/premises/letting.test.ts.
  { op: "Query.premisesViewingSlots", doc: `query($id: ID!) { premisesViewingSlots(premisesId: $id) { id bookedCount } }`, vars: idOf(premises), allow: "everyone" },
  {
    op: "Mutation.createPremisesViewingSlot",
    doc: `mutation($i: PremisesViewingSlotInput!) { createPremisesViewingSlot(input: $i) { id } }`,
    vars: async (fx) => ({
      i: { premisesId: await premises(fx), startsAt: new Date(Date.now() + 86400_000 * 3), endsAt: new Date(Date.now() + 86400_000 * 3 + 3600_000), place: "Brama", capacity: 5 },
    }),
    allow: STAFF,
  },
  { op: "Mutation.deletePremisesViewingSlot", doc: `mutation($id: ID!) { deletePremisesViewingSlot(id: $id) }`, vars: idOf(slot), allow: STAFF },
  { op: "Mutation.bookPremisesViewing", doc: `mutation($id: ID!) { bookPremisesViewing(slotId: $id) { id } }`, vars: idOf(slot), allow: ["resident", "pesOwn", "pesOther"] },
  {
    op: "Mutation.cancelPremisesViewingByToken",
    doc: `mutation { cancelPremisesViewingByToken(token: "forged-token-forged-token") { id } }`,
    vars: () => ({}),
    // Public by design (the e-mail link); a forged token changes nothing.
    allow: "everyone",
    allowedCodes: ["NOT_FOUND"],
  },
  {
    op: "Query.premisesViewingBookings",
    doc: `query($id: ID!) { premisesViewingBookings(premisesId: $id) { id personName } }`,
    vars: idOf(premises),
    allow: STAFF,
    deniedData: (d) => d?.premisesViewingBookings,
  },
  {
    op: "Query.premisesMapPoints",
    doc: `{ premisesMapPoints { totalCount points { id } } }`,
    vars: () => ({}),
    allow: "everyone",
  },
  {
    op: "Query.premisesLettingRounds",
    doc: `query($id: ID!) { premisesLettingRounds(premisesId: $id) { id applicationCount } }`,
    vars: async (fx) => ({ id: (await round(fx)).premisesId }),
    allow: "everyone",
  },
  {
    op: "Query.premisesLettingRound",
    doc: `query($id: ID!) { premisesLettingRound(id: $id) { id applications { id } } }`,
    vars: async (fx) => ({ id: (await round(fx)).roundId }),
    allow: "everyone",
    // Before the deadline only the applying organisation (pesOwn) sees its application.
    check: (r, _fx, actor) => {
      expect(r.data?.premisesLettingRound.applications).toHaveLength(actor === "pesOwn" ? 1 : 0);
    },
  },
  {
    op: "Mutation.openPremisesLettingRound",
    doc: `mutation($i: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $i) { id } }`,
    vars: async (fx) => ({ i: { premisesId: await premises(fx), deadline: new Date(Date.now() + 86400_000 * 7), minimumRent: 900 } }),
    allow: STAFF,
  },
  {
    op: "Mutation.applyToPremisesLettingRound",
    doc: `mutation($i: PremisesLettingApplicationInput!) { applyToPremisesLettingRound(input: $i) { id } }`,
    // A round nobody applied to yet (the helper's application is pesOwn's; delete it).
    vars: async (fx) => {
      const { roundId, applicationId } = await round(fx);
      await fx.ds.query(`DELETE FROM premises_letting_applications WHERE id = $1`, [applicationId]);
      return { i: { roundId, proposedRent: 1500, intendedUse: "Pracownia rękodzieła i sklep" } };
    },
    allow: ["pesOwn", "pesOther"],
  },
  {
    op: "Mutation.addLettingApplicationDocument",
    doc: `mutation($r: ID!, $k: String!) { addLettingApplicationDocument(roundId: $r, key: $k, fileName: "statut.pdf") { id } }`,
    // No file behind the key: whoever may act gets BAD_USER_INPUT (rights are checked first);
    // another organisation has no application here (NOT_FOUND). Real uploads: tests/integration/premises/letting-documents.test.ts.
    vars: async (fx) => ({ r: (await round(fx)).roundId, k: newFileKey() }),
    allow: ["pesOwn"],
    allowedCodes: ["BAD_USER_INPUT"],
  },
  { op: "Mutation.removeLettingApplicationDocument", doc: `mutation($id: ID!) { removeLettingApplicationDocument(id: $id) }`, vars: idOf(applicationDocument), allow: ["pesOwn"] },
  {
    op: "Mutation.awardPremisesLettingRound",
    doc: `mutation($r: ID!, $a: ID!) { awardPremisesLettingRound(roundId: $r, applicationId: $a) { id status } }`,
    vars: async (fx) => {
      const { roundId, applicationId } = await round(fx, "past");
      return { r: roundId, a: applicationId };
    },
    allow: STAFF,
  },
  {
    op: "Mutation.closePremisesLettingRound",
    doc: `mutation($r: ID!) { closePremisesLettingRound(roundId: $r) { id status } }`,
    vars: async (fx) => ({ r: (await round(fx)).roundId }),
    allow: STAFF,
  },
  {
    op: "Mutation.markPremisesRented",
    doc: `mutation($id: ID!) { markPremisesRented(premisesId: $id) { id status } }`,
    vars: async (fx) => {
      const id = await premises(fx);
      await fx.ds.query(`UPDATE premises SET status = 'RESERVED' WHERE id = $1`, [id]);
      return { id };
    },
    allow: STAFF,
  },
];
