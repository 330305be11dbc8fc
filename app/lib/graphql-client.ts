import type { TypedDocumentString } from "../gql/graphql";

export interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export type ApiResult<R> = { data: R; error?: undefined } | { data?: undefined; error: ApiError };

/** Calls /api/graphql from the browser; returns the first error in the contract's shape. */
export async function gqlClient<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<ApiResult<R>> {
  let res: Response;
  try {
    res = await fetch("/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    return { error: { code: "NETWORK", message: "Network error" } };
  }
  const json = (await res.json().catch(() => null)) as {
    data?: R;
    errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
  } | null;
  if (!json) return { error: { code: "INTERNAL_SERVER_ERROR", message: `HTTP ${res.status}` } };
  if (json.errors?.length) {
    const e = json.errors[0];
    return { error: { code: e.extensions?.code ?? "INTERNAL_SERVER_ERROR", message: e.message, fields: e.extensions?.fields } };
  }
  return { data: json.data as R };
}
