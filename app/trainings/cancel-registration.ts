import { graphql } from "../lib/graphql-document";

/**
 * A person cancels their own seat: the training page's button (app/trainings/[id]/registration-button.tsx)
 * and the account's registration cards (app/account/registrations/registration-cards.tsx) show
 * the state it answers with.
 */
export const CancelRegistrationMutation = graphql(`
  mutation CancelRegistration($trainingId: ID!) {
    cancelRegistration(trainingId: $trainingId) {
      id
      status
      waitlistPosition
    }
  }
`);
