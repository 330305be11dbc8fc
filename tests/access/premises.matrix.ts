import type { Actor, Fixtures, MatrixEntry } from "./matrix";

const STAFF: Actor[] = ["official", "admin"];
const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];

async function premises(fx: Fixtures, ownerId: string | null = fx.official.id): Promise<string> {
  const [{ id }] = await fx.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, owner_id) VALUES ('ul. Macierzowa 1', 'Mokre', 50, 1500, $1) RETURNING id`,
    [ownerId],
  );
  return id;
}

const INPUT = { address: "ul. Szeroka 1", district: "Stare Miasto", areaM2: 40, monthlyRent: 2000 };
const CSV = "adres;osiedle;powierzchnia;czynsz\nul. Szeroka 2;Stare Miasto;40,5;1800\n";

/** The premises base: public reads; officials and admins write; enquiries from verified PES. */
export const PREMISES_MATRIX: MatrixEntry[] = [
  { op: "Query.premisesSearch", doc: `{ premisesSearch(first: 5) { totalCount } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.premisesFacets", doc: `{ premisesFacets { totalCount } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.premises", doc: `query($id: ID!) { premises(id: $id) { id } }`, vars: async (fx) => ({ id: await premises(fx) }), allow: "everyone" },
  { op: "Query.premisesCsv", doc: `{ premisesCsv(limit: 5) }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Mutation.createPremises",
    doc: `mutation($i: PremisesInput!) { createPremises(input: $i) { id } }`,
    vars: () => ({ i: INPUT }),
    allow: STAFF,
  },
  {
    op: "Mutation.updatePremises",
    doc: `mutation($id: ID!, $i: PremisesInput!) { updatePremises(id: $id, input: $i) { id } }`,
    vars: async (fx) => ({ id: await premises(fx), i: INPUT }),
    allow: STAFF,
  },
  {
    op: "Mutation.deletePremises",
    doc: `mutation($id: ID!) { deletePremises(id: $id) }`,
    vars: async (fx) => ({ id: await premises(fx) }),
    allow: STAFF,
  },
  {
    op: "Mutation.importPremisesCsv",
    doc: `mutation($csv: String!) { importPremisesCsv(csv: $csv, dryRun: true) { ok } }`,
    vars: () => ({ csv: CSV }),
    allow: STAFF,
  },
  {
    op: "Mutation.sendPremisesEnquiry",
    doc: `mutation($id: ID!) { sendPremisesEnquiry(premisesId: $id, message: "Jesteśmy zainteresowani obejrzeniem lokalu.") { id } }`,
    vars: async (fx) => ({ id: await premises(fx) }),
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
    vars: async (fx) => ({ id: await premises(fx) }),
    allow: STAFF,
    allowedCodes: ["BAD_USER_INPUT", "NOT_FOUND"],
  },
  {
    op: "Mutation.reorderPremisesPhotos",
    doc: `mutation($id: ID!) { reorderPremisesPhotos(premisesId: $id, photoIds: []) { id } }`,
    vars: async (fx) => ({ id: await premises(fx) }),
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
];
