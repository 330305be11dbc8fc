import { graphql } from "../lib/graphql-document";

/*
 * Selections that more than one document of the trainings asks for, written once. A document
 * that spreads one imports `graphql` from app/gql, whose map appends the fragment's text
 * (CONTRIBUTING, "Shared fragments").
 */

/** What the organisers write about a training (the form edits it, its page shows it), and whether it was cancelled. */
export const TrainingFields = graphql(`
  fragment TrainingFields on Training {
    id
    kind
    title
    description
    topics
    audience
    trainers
    host
    startsAt
    endsAt
    registrationDeadline
    capacity
    venue
    address
    latitude
    longitude
    onlineUrl
    consentText
    askDietary
    askAccessibility
    cancelledAt
  }
`);

/** A registration question as the registration form asks it and the organisers' editor edits it. */
export const TrainingQuestionFields = graphql(`
  fragment TrainingQuestionFields on TrainingQuestion {
    id
    type
    label
    help
    required
    options
  }
`);

/** A material as a link (to a file or elsewhere): the training's page lists them, the organisers' editor too. */
export const TrainingMaterialLink = graphql(`
  fragment TrainingMaterialLink on TrainingMaterial {
    id
    title
    url
    isFile
  }
`);

/** A training's term and how full it is, as the back office's list and registrations page show them. */
export const TrainingFillFields = graphql(`
  fragment TrainingFillFields on Training {
    id
    title
    startsAt
    endsAt
    capacity
    confirmedCount
    waitlistCount
  }
`);
