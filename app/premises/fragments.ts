import { graphql } from "../lib/graphql-document";

/*
 * Selections that more than one document of the premises asks for, written once. A document
 * that spreads one imports `graphql` from app/gql, whose map appends the fragment's text
 * (CONTRIBUTING, "Shared fragments").
 */

/** What the office writes about a premises: the form edits these, the details page shows them. */
export const PremisesFields = graphql(`
  fragment PremisesFields on Premises {
    id
    code
    address
    district
    latitude
    longitude
    floor
    areaM2
    stepFree
    condition
    conditionNote
    utilities
    utilitiesNote
    description
    status
    availableFrom
    permittedUse
    monthlyRent
    preferentialRent
    administrator
    contactName
    contactPhone
    contactEmail
  }
`);

/** A photo as the details page shows it and the upload route returns it. */
export const PremisesPhotoFields = graphql(`
  fragment PremisesPhotoFields on PremisesPhoto {
    id
    url
    thumbUrl
    width
    height
    alt
  }
`);
