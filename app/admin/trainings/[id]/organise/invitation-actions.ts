"use server";
import { backWithResult } from "../../../../lib/form-result";
import { gql, GraphQLRequestError } from "../../../../lib/graphql-server";
import { invitationProblem, InviteDocument, pastedAddresses, type InviteRefusal } from "./invitations";

/** A refused post, as the form shows it again: why, and what was chosen and pasted. */
export interface InviteRefused {
  key: InviteRefusal;
  categories: string[];
  districts: string[];
  emails: string;
}

/**
 * The invitations form posted without JavaScript: the same mutation through the bridge, as
 * the signed-in person (the API decides who organises this training). Done, it goes back to
 * the page with the outcome (post, redirect, get). Refused, it answers with the page itself,
 * the form filled again (`useActionState`): up to 500 pasted addresses do not fit the
 * cookie that carries an outcome across a redirect, and the box came back empty.
 */
export async function inviteByForm(_previous: InviteRefused | null, form: FormData): Promise<InviteRefused | null> {
  const trainingId = String(form.get("trainingId") ?? "");
  const pasted = String(form.get("emails") ?? "");
  const input = {
    categories: form.getAll("categories").map(String),
    districts: form.getAll("districts").map(String),
    emails: pastedAddresses(pasted),
  };
  const refused = (key: InviteRefusal): InviteRefused => ({ key, categories: input.categories, districts: input.districts, emails: pasted });
  const problem = invitationProblem(input);
  if (problem) return refused(problem);
  let done: { invited: number; skipped: number };
  try {
    done = (await gql(InviteDocument, { trainingId, input })).inviteToTraining;
  } catch (err) {
    const code = err instanceof GraphQLRequestError ? err.code : null;
    return refused(code === "CONFLICT" ? "ended" : code === "BAD_USER_INPUT" ? "badInput" : "failed");
  }
  return backWithResult({ about: `invite:${trainingId}`, kind: "success", key: "done", values: { invited: done.invited, skipped: done.skipped } });
}
