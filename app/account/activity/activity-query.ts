import { graphql } from "../../lib/graphql-document";

/**
 * Everything of Moje sprawy in one request. Its statement count is fixed, and
 * tests/integration/activity counts this very document: it is a module of its own so the test
 * imports it, not the page with its components.
 */
export const MyActivityQuery = graphql(`
  query MyActivity {
    waitingForMe { bookingRequests itemRequests enquiries approvals demandsToDecide total }
    myPremisesEnquiries { id status message reply repliedAt repliedByName createdAt premises { id address district } }
    myItemRequests { id status createdAt notice { id title } }
    myBookings { id status from to notice { id title } }
    bookingRequestsForMe { id from to message createdAt borrower { name } notice { id title } }
    itemRequestsForMe { id message createdAt requester { name } notice { id title } }
    extensionRequestsForMe { id to extensionTo borrower { name } notice { id title } }
    myOrganizationOffers { id price updatedAt awarded demand { id title deadline status } }
    myPremisesViewingBookings { id cancelledAt slot { id startsAt endsAt place } premises { id address } }
    myPremisesLettingApplications { id proposedRent createdAt awarded round { id status deadline } premises { id address } }
    myRegistrations { id status waitlistPosition attended training { id title startsAt endsAt venue cancelledAt } }
  }
`);
