/*
 * Component tests of forms that call the API through `gqlClient` (app/lib/graphql-client):
 * jsdom has no fetch, so importing this module installs one that refuses every call a
 * test did not answer; a test spies on it and answers with `graphqlResponse`.
 */
globalThis.fetch ??= (() => Promise.reject(new Error("unexpected network call"))) as typeof fetch;

/** The HTTP answer of the API with this GraphQL body. */
export function graphqlResponse(body: unknown): Response {
  return { ok: true, status: 200, json: async () => body } as Response;
}

/** The API's refusal with a contract code (and the fields it names). */
export function graphqlRefusal(code: string, fields?: Record<string, string>): Response {
  return graphqlResponse({ data: null, errors: [{ message: "Refused", extensions: { code, ...(fields ? { fields } : {}) } }] });
}

/** The GraphQL request (query and variables) of the `i`-th call a fetch spy saw. */
export function requestBody(spy: jest.SpyInstance, i = 0): { query: string; variables: Record<string, any> } {
  return JSON.parse((spy.mock.calls[i][1] as RequestInit).body as string);
}
