"use server";
import { backWithResult, type FormResult } from "../../../../lib/form-result";
import { gql, GraphQLRequestError } from "../../../../lib/graphql-server";
import { invitationProblem, InviteDocument, MAX_ADDRESSES, pastedAddresses } from "./invitations";

/**
 * The invitations form posted without JavaScript: the same mutation through the bridge, as
 * the signed-in person (the API decides who organises this training), then back to the page
 * with the outcome.
 */
export async function inviteByForm(form: FormData): Promise<void> {
  const trainingId = String(form.get("trainingId") ?? "");
  const input = {
    categories: form.getAll("categories").map(String),
    districts: form.getAll("districts").map(String),
    emails: pastedAddresses(String(form.get("emails") ?? "")),
  };
  const about = `invite:${trainingId}`;
  const problem = invitationProblem(input);
  let result: FormResult = { about, kind: "error", key: problem ?? "failed", values: { max: MAX_ADDRESSES } };
  if (!problem) {
    try {
      const { inviteToTraining } = await gql(InviteDocument, { trainingId, input });
      result = { about, kind: "success", key: "done", values: { invited: inviteToTraining.invited, skipped: inviteToTraining.skipped } };
    } catch (err) {
      const code = err instanceof GraphQLRequestError ? err.code : null;
      if (code === "CONFLICT") result.key = "ended";
      if (code === "BAD_USER_INPUT") result.key = "badInput";
    }
  }
  await backWithResult(result);
}
