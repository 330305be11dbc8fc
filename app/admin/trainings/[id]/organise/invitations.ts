import { graphql } from "../../../../lib/graphql-document";

/** Sent by the form's script and by its server action alike. */
export const InviteDocument = graphql(`
  mutation InviteToTraining($trainingId: ID!, $input: TrainingInvitationInput!) {
    inviteToTraining(trainingId: $trainingId, input: $input) {
      invited
      skipped
    }
  }
`);

/** The same limit as the server's TrainingInvitationInput. */
export const MAX_ADDRESSES = 500;

/** The outcomes the form tells (message keys of `trainings.organise.invite`). */
export const INVITE_RESULTS = ["done", "nothingChosen", "tooMany", "ended", "badInput", "failed"] as const;
/** The refusals among them, which the form shows again with what was chosen and pasted. */
export type InviteRefusal = Exclude<(typeof INVITE_RESULTS)[number], "done">;

/** Splits pasted addresses on commas, semicolons, spaces and new lines. */
export function pastedAddresses(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/** What is wrong with a choice before it is sent (the same check with and without JavaScript), or null. */
export function invitationProblem(v: { categories: string[]; districts: string[]; emails: string[] }): "nothingChosen" | "tooMany" | null {
  if (!v.categories.length && !v.districts.length && !v.emails.length) return "nothingChosen";
  if (v.emails.length > MAX_ADDRESSES) return "tooMany";
  return null;
}
