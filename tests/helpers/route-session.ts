import type { User } from "../../entities/users";

/**
 * A route handler called in a test as whoever `signInAs` names. Import this module before
 * the route (the mocks must be in place when the route loads): the session module reads
 * the signed-in person from the request's cookies, which a test's `Request` does not carry.
 */
let mockSignedIn: User | null = null;
jest.mock("server-only", () => ({}));
jest.mock("next/headers", () => ({ headers: async () => new Headers() }));
jest.mock("../../app/lib/session", () => ({ currentUser: async () => mockSignedIn }));

export function signInAs(user: User | null): void {
  mockSignedIn = user;
}
