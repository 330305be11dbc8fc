import "server-only";
import { headers } from "next/headers";
import type { TypedDocumentString } from "../gql/graphql";
import { server } from "./server";
import { currentUser } from "./session";

export class GraphQLRequestError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * Runs a typed document against the schema inside this server process (no HTTP hop),
 * as the signed-in user, with the same resolvers, rules and loaders as the API.
 * Refusals throw GraphQLRequestError with the contract's code.
 */
export async function gql<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const [user, h] = await Promise.all([currentUser(), headers()]);
  const result = await server().execute(
    document.toString(),
    variables as Record<string, unknown> | undefined,
    user?.id ?? null,
    server().clientAddress(h),
  );
  if (result.errors?.length) {
    const e = result.errors[0];
    const ext = e.extensions as { code?: string; fields?: Record<string, string> };
    if (!ext?.code) throw e.originalError ?? e;
    throw new GraphQLRequestError(ext.code, e.message, ext.fields);
  }
  return result.data as R;
}
