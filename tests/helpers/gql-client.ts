/**
 * A stand-in for `gqlClient` (app/lib/graphql-client), in a component test file that says
 * `jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn)`:
 * it records the variables of each call in `calls` (emptied before each test) and answers
 * with what the test last gave `answerWith`.
 */
export interface Answer {
  data?: unknown;
  error?: { code: string; message: string; fields?: Record<string, string> };
}

let answer: Answer = {};
export const calls: unknown[] = [];

export function answerWith(a: Answer): void {
  answer = a;
}

export const gqlClientStandIn = {
  gqlClient: async (_doc: unknown, vars: unknown) => {
    calls.push(vars);
    return answer;
  },
};

beforeEach(() => {
  calls.length = 0;
});
