import { FOREIGN_CALLBACK_URLS } from "../../tests/helpers/open-redirects";
import { safeCallbackUrl } from "./safe-callback-url";

const ORIGIN = "https://pestor.example.org";

/** The same values as a query string delivers them still encoded (pages decode once; some clients twice). */
const ENCODED = FOREIGN_CALLBACK_URLS.map((u) => decodeURIComponent(encodeURIComponent(u)));

describe("safeCallbackUrl", () => {
  it.each(FOREIGN_CALLBACK_URLS.map((u) => [JSON.stringify(u), u]))("never leaves the site for %s", (_label, raw) => {
    const out = safeCallbackUrl(raw, ORIGIN);
    const landed = new URL(out, ORIGIN);
    expect(landed.origin).toBe(ORIGIN);
    expect(out.startsWith("/")).toBe(true);
    expect(out.startsWith("//")).toBe(false);
    expect(out.startsWith("/\\")).toBe(false);
  });

  it("stays on the site for every bypass form once or twice URL-encoded", () => {
    for (const raw of [...ENCODED, ...FOREIGN_CALLBACK_URLS.map(encodeURIComponent), ...FOREIGN_CALLBACK_URLS.map((u) => encodeURIComponent(encodeURIComponent(u)))]) {
      const out = safeCallbackUrl(raw, ORIGIN);
      // What a browser does with the answer, and what it does after one more decoding.
      expect(new URL(out, ORIGIN).origin).toBe(ORIGIN);
      let decoded = out;
      try {
        decoded = decodeURIComponent(out);
      } catch {
        /* not decodable: stays as it is */
      }
      expect(new URL(decoded, ORIGIN).origin).toBe(ORIGIN);
    }
  });

  it("refuses the encoded forms of the review's examples", () => {
    expect(safeCallbackUrl(decodeURIComponent("%2F%5Cevil.example"), ORIGIN)).toBe("/");
    expect(safeCallbackUrl(decodeURIComponent("%2F%09%2Fevil.example"), ORIGIN)).toBe("/");
    expect(safeCallbackUrl("/\\/evil.example", ORIGIN)).toBe("/");
    // Still encoded they would be paths on our site, but one careless decoding away from a host.
    expect(safeCallbackUrl("%2F%5Cevil.example", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("/%09/evil.example", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("/%252F%252Fevil.example", ORIGIN)).toBe("/");
  });

  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeCallbackUrl("/account", ORIGIN)).toBe("/account");
    expect(safeCallbackUrl("/marketplace/equipment/5?tab=booking#calendar", ORIGIN)).toBe("/marketplace/equipment/5?tab=booking#calendar");
    expect(safeCallbackUrl("https://pestor.example.org/account/organization", ORIGIN)).toBe("/account/organization");
    expect(safeCallbackUrl("account", ORIGIN)).toBe("/account");
  });

  it("answers / for nothing, non-strings and an unusable origin", () => {
    expect(safeCallbackUrl(undefined, ORIGIN)).toBe("/");
    expect(safeCallbackUrl("", ORIGIN)).toBe("/");
    expect(safeCallbackUrl(["/account"], ORIGIN)).toBe("/");
    expect(safeCallbackUrl("/account", "not a url")).toBe("/");
  });
});
