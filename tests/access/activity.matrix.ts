import type { Actor, Fixtures, MatrixEntry } from "./matrix";
import { idOf } from "./vars";

const STAFF: Actor[] = ["official", "admin"];
const SIGNED_IN: Actor[] = ["resident", "pesOwn", "pesOther", "official", "admin"];

/** Premises owned by the matrix's official, with one enquiry of pesOwn. */
async function enquiry(fx: Fixtures): Promise<string> {
  const [{ id: premisesId }] = await fx.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, owner_id) VALUES ('ul. Sprawy 1', 'Mokre', 50, 1500, $1) RETURNING id`,
    [fx.official.id],
  );
  const [{ id }] = await fx.ds.query(
    `INSERT INTO premises_enquiries (premises_id, user_id, organization_id, message) VALUES ($1, $2, $3, 'Jesteśmy zainteresowani lokalem.') RETURNING id`,
    [premisesId, fx.pes.id, fx.pesOrg.id],
  );
  return id;
}

/** Moje sprawy: one's own enquiries and what waits for one; replies only by the official in charge or an admin. */
export const ACTIVITY_MATRIX: MatrixEntry[] = [
  { op: "Query.waitingForMe", doc: `{ waitingForMe { total } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.waitingForMe },
  { op: "Query.myPremisesEnquiries", doc: `{ myPremisesEnquiries { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.myPremisesEnquiries },
  { op: "Query.myPremisesViewingBookings", doc: `{ myPremisesViewingBookings { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.myPremisesViewingBookings },
  { op: "Query.myPremisesLettingApplications", doc: `{ myPremisesLettingApplications { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.myPremisesLettingApplications },
  { op: "Query.bookingRequestsForMe", doc: `{ bookingRequestsForMe { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.bookingRequestsForMe },
  { op: "Query.itemRequestsForMe", doc: `{ itemRequestsForMe { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.itemRequestsForMe },
  { op: "Query.extensionRequestsForMe", doc: `{ extensionRequestsForMe { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.extensionRequestsForMe },
  { op: "Query.myOrganizationOffers", doc: `{ myOrganizationOffers { id } }`, vars: () => ({}), allow: SIGNED_IN, deniedData: (d) => d?.myOrganizationOffers },
  {
    op: "Mutation.replyToPremisesEnquiry",
    doc: `mutation($id: ID!) { replyToPremisesEnquiry(id: $id, message: "Zapraszamy na oglądanie.") { id status } }`,
    vars: idOf(enquiry),
    // The matrix's official owns the premises: the official in charge, and admins.
    allow: STAFF,
  },
  { op: "Mutation.markPremisesEnquiryHandled", doc: `mutation($id: ID!) { markPremisesEnquiryHandled(id: $id) { id status } }`, vars: idOf(enquiry), allow: STAFF },
];
