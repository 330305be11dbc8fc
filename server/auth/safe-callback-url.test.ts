import { safeCallbackUrl } from "./safe-callback-url";

const ORIGIN = "https://pestor.example.org";

/** Ways to name another site, or a script, in a `callbackUrl` (known open-redirect bypasses). */
export const FOREIGN_CALLBACK_URLS = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/\r\n/evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "http://evil.example",
  "https://evil.example/path",
  "HTTPS://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http:\\\\evil.example",
  "ftp://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "blob:https://evil.example/x",
  "https://pestor.example.org@evil.example",
  "https://pestor.example.org:443@evil.example/",
  "//pestor.example.org@evil.example",
  "https://evil.example#@pestor.example.org",
  "https://pestor.example.org.evil.example/",
  "https://pestor.example.org:8443/account",
  "http://pestor.example.org/account",
  "//pestor.example.org:444/",
  "https://evil.example\\@pestor.example.org",
  "/\u3002evil.example",
];

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
