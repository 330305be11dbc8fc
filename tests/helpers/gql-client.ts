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

/**
 * A stand-in for `gqlClient` that tells the calls apart by their operation's name, in a file
 * that says `jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientByOperation)`:
 * it records each call as `{ op, vars }` in `operations` (emptied before each test) and
 * answers with what the function last given to `answerOperations` returns for it.
 */
export const operations: { op: string; vars: Record<string, any> }[] = [];
let byOperation: (op: string, vars: Record<string, any>) => unknown = (op) => {
  throw new Error(`unexpected ${op}`);
};

export function answerOperations(answer: (op: string, vars: Record<string, any>) => unknown): void {
  byOperation = answer;
}

export const gqlClientByOperation = {
  gqlClient: async (doc: { toString(): string }, vars: Record<string, any>) => {
    const op = /(?:mutation|query)\s+(\w+)/.exec(doc.toString())![1];
    operations.push({ op, vars });
    return byOperation(op, vars);
  },
};

beforeEach(() => {
  operations.length = 0;
});
