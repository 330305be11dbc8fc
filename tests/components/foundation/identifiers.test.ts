import * as browser from "../../../app/account/identifiers";
import * as server from "../../../server/modules/organizations/identifiers";

/** Deterministic pseudo-random strings, so a failure can be replayed. */
function* samples(n: number): Generator<string> {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < n; i++) {
    const digits = Array.from({ length: 8 + (next() % 5) }, () => String(next() % 10)).join("");
    yield [digits, `${digits.slice(0, 3)}-${digits.slice(3)}`, ` ${digits} `, `${digits}x`][next() % 4];
  }
}

describe("the organisation form's NIP/KRS checks", () => {
  it("agree with the server's on valid, invalid and oddly formatted numbers", () => {
    const inputs = [...samples(5000), "8791000011", "879-100-00-11", "1234567890", "0000000000", "", "abcdefghij"];
    const validNips = inputs.filter((s) => server.isValidNip(s));
    expect(validNips.length).toBeGreaterThan(50); // the sample does exercise the checksum
    for (const s of inputs) {
      expect([s, browser.isValidNip(s)]).toEqual([s, server.isValidNip(s)]);
      expect([s, browser.isValidKrs(s)]).toEqual([s, server.isValidKrs(s)]);
    }
  });
});
