/**
 * Polish identifiers and slugs — pure functions without decorators, shared by the server's
 * input rules and the browser's forms (like entities/districts.ts), so a rule is written once.
 */
/** A NIP as stored: its ten digits, without the dashes and spaces people write it with. */
export const nipDigits = (raw: string) => raw.replace(/[\s-]/g, "");
/** A KRS number as stored: its ten digits, without spaces. */
export const krsDigits = (raw: string) => raw.replace(/\s/g, "");

/** Polish tax number: 10 digits, the last a weighted checksum mod 11 (10 is never valid). */
export function isValidNip(raw: string): boolean {
  const nip = nipDigits(raw);
  if (!/^\d{10}$/.test(nip)) return false;
  const w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const sum = w.reduce((acc, weight, i) => acc + weight * Number(nip[i]), 0);
  const check = sum % 11;
  return check !== 10 && check === Number(nip[9]);
}

/** National Court Register number: 10 digits (the register defines no checksum). */
export function isValidKrs(raw: string): boolean {
  return /^\d{10}$/.test(krsDigits(raw));
}

/** Polish-aware slug: "Toruń – pierwsze miasto" → "torun-pierwsze-miasto". */
export function slugify(text: string, max = 80): string {
  const map: Record<string, string> = { ł: "l", Ł: "l" };
  return text
    .replace(/[łŁ]/g, (c) => map[c])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
