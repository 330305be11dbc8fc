/**
 * The browser's copy of the NIP/KRS checks of server/modules/organizations/identifiers.ts
 * (pages may not load server modules at run time; see server/bridge.ts). The server stays
 * the authority; tests/components/foundation/identifiers.test.ts proves both agree.
 */
export function isValidNip(raw: string): boolean {
  const nip = raw.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(nip)) return false;
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const check = weights.reduce((acc, w, i) => acc + w * Number(nip[i]), 0) % 11;
  return check !== 10 && check === Number(nip[9]);
}

export function isValidKrs(raw: string): boolean {
  return /^\d{10}$/.test(raw.replace(/\s/g, ""));
}
