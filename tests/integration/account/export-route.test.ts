/** The route handler itself: anonymous callers get 401, a signed-in person their own document. */
jest.mock("server-only", () => ({}));
const currentUser = jest.fn();
jest.mock("../../../app/lib/session", () => ({ currentUser: () => currentUser() }));
const exportAccount = jest.fn();
(globalThis as { __pestorBridge?: unknown }).__pestorBridge = { exportAccount: (id: string) => exportAccount(id) };

import { GET } from "../../../app/account/export.json/route";

describe("GET /account/export.json", () => {
  it("answers 401 to an anonymous caller without reading anything", async () => {
    currentUser.mockResolvedValue(null);
    const res = await GET();
    expect(res.status).toBe(401);
    expect(exportAccount).not.toHaveBeenCalled();
  });

  it("downloads the signed-in person's own export as an uncached attachment", async () => {
    currentUser.mockResolvedValue({ id: "u-1", email: "a@example.test", name: "A", role: "RESIDENT" });
    exportAccount.mockResolvedValue({ profile: { id: "u-1" }, sections: {} });
    const res = await GET();
    expect(res.status).toBe(200);
    expect(exportAccount).toHaveBeenCalledWith("u-1");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="pes-tor-moje-dane-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(await res.text()).profile.id).toBe("u-1");
  });
});
