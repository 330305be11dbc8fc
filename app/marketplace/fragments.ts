import { graphql } from "../lib/graphql-document";

/*
 * A selection that more than one document of the marketplace asks for, written once. A document
 * that spreads it imports `graphql` from app/gql, whose map appends the fragment's text
 * (CONTRIBUTING, "Shared fragments").
 */

/** A product as its card shows it (the marketplace's list, the organisation's profile) and its own page. */
export const ProductFields = graphql(`
  fragment ProductFields on Product {
    id
    name
    category
    description
    priceFrom
    priceTo
    unit
    areaServed
    socialClauseSuitable
  }
`);
