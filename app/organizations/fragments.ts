import { graphql } from "../lib/graphql-document";

/*
 * A selection that more than one document of the organisations asks for, written once. A
 * document that spreads it imports `graphql` from app/gql, whose map appends the fragment's
 * text (CONTRIBUTING, "Shared fragments").
 */

/** An organisation's profile as its page shows it and its form edits it, and whether the viewer is a member. */
export const OrganizationProfileFields = graphql(`
  fragment OrganizationProfileFields on Organization {
    id
    name
    slug
    legalForm
    krs
    nip
    address
    district
    description
    email
    phone
    website
    logoUrl
    activities
    viewerIsMember
  }
`);
