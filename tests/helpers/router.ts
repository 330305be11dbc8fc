/**
 * The router that components under test get from next/navigation, in a file that says
 * `jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation)`
 * (the factory may not name an import; `requireActual` gives the same module the file imports).
 * `push` and `refresh` are reset before each test.
 */
export const push = jest.fn();
export const refresh = jest.fn();
export const navigation = { useRouter: () => ({ push, refresh }) };

beforeEach(() => {
  push.mockReset();
  refresh.mockReset();
});
