import { graphql } from "../lib/graphql-document";

/**
 * Accepts or refuses a request to join an organisation: its owner on the account page
 * (app/account/join-requests.tsx) and an admin among the approvals (app/admin/approvals/decision-buttons.tsx).
 */
export const DecideMembershipMutation = graphql(`
  mutation DecideOrganizationMembership($id: ID!, $accept: Boolean!) {
    decideOrganizationMembership(id: $id, accept: $accept) {
      id
      status
    }
  }
`);
