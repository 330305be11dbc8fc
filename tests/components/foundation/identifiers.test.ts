import { isValidKrs, isValidNip, slugify } from "../../../entities/identifiers";
import { ORGANIZATIONS_SEED } from "../../../server/seed/data/organizations.data";

describe("Polish identifiers (one rule for the server and the forms)", () => {
  it("accepts a NIP with a valid checksum, written with or without hyphens", () => {
    expect(isValidNip("8791000011")).toBe(isValidNip("879-100-00-11"));
    for (const o of ORGANIZATIONS_SEED) expect([o.nip, isValidNip(o.nip)]).toEqual([o.nip, true]);
  });

  it("refuses a wrong checksum, a checksum of 10, and anything not 10 digits", () => {
    expect(isValidNip("1234567890")).toBe(false);
    expect(isValidNip("123456789")).toBe(false);
    expect(isValidNip("12345678901")).toBe(false);
    expect(isValidNip("abcdefghij")).toBe(false);
    // Flip the last digit of a valid NIP: the checksum no longer fits.
    const valid = ORGANIZATIONS_SEED[0].nip;
    expect(isValidNip(valid.slice(0, 9) + String((Number(valid[9]) + 1) % 10))).toBe(false);
  });

  it("accepts a KRS of exactly 10 digits", () => {
    expect(isValidKrs("0000123456")).toBe(true);
    expect(isValidKrs("12345")).toBe(false);
  });

  it("makes ASCII slugs from Polish titles", () => {
    expect(slugify("Toruń – pierwsze miasto w Polsce, które…")).toBe("torun-pierwsze-miasto-w-polsce-ktore");
    expect(slugify("Łódź, Żółć i Gęś")).toBe("lodz-zolc-i-ges");
  });
});
