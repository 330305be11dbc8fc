import { graphql } from "../lib/graphql-document";

/*
 * A selection that more than one document of the programme pages asks for, written once. A
 * document that spreads it imports `graphql` from app/gql, whose map appends the fragment's
 * text (CONTRIBUTING, "Shared fragments").
 */

/** A programme page as the public pages show it (the programme, the legal texts, the accessibility statement). */
export const PublishedProgrammePage = graphql(`
  fragment PublishedProgrammePage on ProgrammePage {
    key
    title
    bodyHtml
    titleEn
    bodyHtmlEn
    updatedAt
  }
`);
