/*
 * Component tests of forms that call the API through `gqlClient` (app/lib/graphql-client)
 * or an upload route: jsdom has no fetch, so importing this module installs one that
 * refuses every call a test did not answer; a test spies on it (`spyOnFetchEachTest`)
 * and answers with `graphqlResponse` or `jsonResponse`.
 */
globalThis.fetch ??= (() => Promise.reject(new Error("unexpected network call"))) as typeof fetch;

/** Spies on fetch in each test of the file (restored after it); returns the running test's spy. */
export function spyOnFetchEachTest(): () => jest.SpyInstance {
  let spy: jest.SpyInstance;
  beforeEach(() => (spy = jest.spyOn(global, "fetch")));
  afterEach(() => spy.mockRestore());
  return () => spy;
}

/** An HTTP answer with this status and JSON body (the upload routes answer so too). */
export function jsonResponse(status: number, body: unknown): Response {
  return { ok: status < 300, status, json: async () => body } as Response;
}

/** The HTTP answer of the API with this GraphQL body. */
export function graphqlResponse(body: unknown): Response {
  return jsonResponse(200, body);
}

/** The API's refusal with a contract code (and the fields it names). */
export function graphqlRefusal(code: string, fields?: Record<string, string>): Response {
  return graphqlResponse({ data: null, errors: [{ message: "Refused", extensions: { code, ...(fields ? { fields } : {}) } }] });
}

/** The GraphQL request (query and variables) of the `i`-th call a fetch spy saw. */
export function requestBody(spy: jest.SpyInstance, i = 0): { query: string; variables: Record<string, any> } {
  return JSON.parse((spy.mock.calls[i][1] as RequestInit).body as string);
}
