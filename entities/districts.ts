/** The osiedla of Toruń, as the city names them; filters and forms accept only these. */
export const TORUN_DISTRICTS = [
  "Barbarka",
  "Bielany",
  "Bielawy",
  "Bydgoskie Przedmieście",
  "Chełmińskie Przedmieście",
  "Czerniewice",
  "Glinki",
  "Grębocin nad Strugą",
  "Jakubskie Przedmieście",
  "Kaszczorek",
  "Katarzynka",
  "Koniuchy",
  "Mokre",
  "Na Skarpie",
  "Piaski",
  "Podgórz",
  "Rubinkowo",
  "Rudak",
  "Stare Miasto",
  "Stawki",
  "Winnica",
  "Wrzosy",
] as const;

export type District = (typeof TORUN_DISTRICTS)[number];

export function isDistrict(v: string): v is District {
  return (TORUN_DISTRICTS as readonly string[]).includes(v);
}
