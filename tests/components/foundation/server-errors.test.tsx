import { fieldOfPath, showServerFieldErrors } from "../../../app/components/forms/server-errors";

describe("one path from a server refusal to form errors", () => {
  it.each([
    ["input.areaM2", "areaM2"],
    ["areaM2", "areaM2"],
    ["audience[1]", "audience"],
    ["input.quotas.PES", "quotas"],
    ["input.photos[0].alt", "photos"],
  ])("%s names the field %s", (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it("sets the fields the form has and returns the other messages", () => {
    const set = jest.fn();
    const r = showServerFieldErrors(
      { code: "BAD_USER_INPUT", message: "Invalid input", fields: { "input.title": "Too short", "input.budget": "Must be > 0", id: "Unknown" } },
      { title: "", budget: "" },
      set,
    );
    expect(r).toEqual({ mapped: 2, unmapped: ["Unknown"] });
    expect(set).toHaveBeenCalledWith("title", { message: "Too short" }, { shouldFocus: true });
    expect(set).toHaveBeenCalledWith("budget", { message: "Must be > 0" }, { shouldFocus: false });
  });

  it("lets the form word the message itself", () => {
    const set = jest.fn();
    showServerFieldErrors({ code: "BAD_USER_INPUT", message: "", fields: { "input.address": "x" } }, { address: "" }, set, (f) => `msg:${f}`);
    expect(set).toHaveBeenCalledWith("address", { message: "msg:address" }, { shouldFocus: true });
  });

  it.each([
    [{ code: "FORBIDDEN", message: "no" }],
    [{ code: "BAD_USER_INPUT", message: "Invalid", fields: {} }],
    [{ code: "BAD_USER_INPUT", message: "Invalid" }],
  ])("is null for anything but a refusal of fields (%j)", (error) => {
    expect(showServerFieldErrors(error, { a: 1 }, jest.fn())).toBeNull();
  });
});
