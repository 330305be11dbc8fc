"use server";
import { graphql } from "../../lib/graphql-document";
import { gql, GraphQLRequestError } from "../../lib/graphql-server";

const ResendVerification = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export type ResendState = "sent" | "rateLimited" | "failed" | null;

/** The banner's "send the link again" (a plain form: works before or without JavaScript). */
export async function resendVerification(_prev: ResendState): Promise<ResendState> {
  try {
    await gql(ResendVerification);
    return "sent";
  } catch (err) {
    if (err instanceof GraphQLRequestError && err.code === "RATE_LIMITED") return "rateLimited";
    // CONFLICT: confirmed meanwhile (in another tab) — nothing to send, and the banner goes away on reload.
    if (err instanceof GraphQLRequestError && err.code === "CONFLICT") return "sent";
    return "failed";
  }
}
