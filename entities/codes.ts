/**
 * Values that were free Polish text but are really a short list: stored and sent as
 * codes, shown through the message files (`codes.*` in app/i18n/messages/{pl,en}), so an
 * English page says "Very good" where the data says VERY_GOOD. Decorator-free, so the
 * forms, the CSV import/export and the API share one list.
 *
 * Text that matches no code is not lost: it goes to the free-text note beside the code
 * (`conditionNote`, `utilitiesNote`).
 */

/** `{ A: "A", B: "B" }` for a list of codes: what registerEnumType and IsEnum take. */
function codeEnum<const C extends readonly string[]>(codes: C): { readonly [K in C[number]]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { readonly [K in C[number]]: K };
}

/** Technical condition of a premises. */
export const PREMISES_CONDITIONS = ["RENOVATED", "VERY_GOOD", "GOOD", "NEEDS_REFRESH", "NEEDS_RENOVATION", "UNFINISHED"] as const;
export const PremisesCondition = codeEnum(PREMISES_CONDITIONS);
export type PremisesCondition = (typeof PREMISES_CONDITIONS)[number];

/** Utilities (media) of a premises, in the order pages list them. */
export const UTILITIES = [
  "ELECTRICITY",
  "THREE_PHASE_POWER",
  "WATER",
  "SEWAGE",
  "GAS",
  "DISTRICT_HEATING",
  "GAS_HEATING",
  "ELECTRIC_HEATING",
  "INTERNET",
  "FIBRE_INTERNET",
  "AIR_CONDITIONING",
] as const;
export const Utility = codeEnum(UTILITIES);
export type Utility = (typeof UTILITIES)[number];

/** Condition of an item of the equipment base. */
export const ITEM_CONDITIONS = ["NEW", "VERY_GOOD", "GOOD", "WORKING", "USED", "NEEDS_REPAIR"] as const;
export const ItemCondition = codeEnum(ITEM_CONDITIONS);
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

/** `'A', 'B'` — a code list for a CHECK constraint (codes are A-Z and _ only). */
export function sqlList(codes: readonly string[]): string {
  return codes.map((c) => `'${c}'`).join(", ");
}

/** Longest free-text notes beside the codes (the columns' lengths). */
export const CODE_NOTE_LIMITS = { premisesCondition: 100, utilities: 300, itemCondition: 60 } as const;

/**
 * The Polish words that mean each code, the first being the label the (Polish) CSV
 * export writes; the import also accepts the others and the code itself. Compared folded
 * (lower case, no accents, ł → l, single spaces).
 */
export const PREMISES_CONDITION_WORDS: Record<PremisesCondition, readonly string[]> = {
  RENOVATED: ["po remoncie", "po kapitalnym remoncie", "wyremontowany", "po renowacji", "odnowiony"],
  VERY_GOOD: ["bardzo dobry", "b. dobry", "b.dobry", "bdb", "bardzo dobre"],
  GOOD: ["dobry", "db", "dobre"],
  NEEDS_REFRESH: ["do odświeżenia", "wymaga odświeżenia", "średni", "dostateczny"],
  NEEDS_RENOVATION: ["do remontu", "wymaga remontu", "do generalnego remontu", "do kapitalnego remontu", "zły", "słaby"],
  UNFINISHED: ["do wykończenia", "stan deweloperski", "stan surowy", "surowy"],
};

export const UTILITY_WORDS: Record<Utility, readonly string[]> = {
  ELECTRICITY: ["prąd", "energia elektryczna", "elektryczność", "instalacja elektryczna"],
  THREE_PHASE_POWER: ["siła 400 V", "siła", "400 v", "prąd trójfazowy", "zasilanie trójfazowe"],
  WATER: ["woda", "wodociąg", "instalacja wodna"],
  SEWAGE: ["kanalizacja"],
  GAS: ["gaz", "instalacja gazowa"],
  DISTRICT_HEATING: ["c.o. miejskie", "co miejskie", "c.o.", "centralne ogrzewanie", "ogrzewanie miejskie", "ciepło miejskie", "miejska sieć ciepłownicza"],
  GAS_HEATING: ["ogrzewanie gazowe", "c.o. gazowe"],
  ELECTRIC_HEATING: ["ogrzewanie elektryczne"],
  INTERNET: ["internet", "dostęp do internetu"],
  FIBRE_INTERNET: ["internet światłowodowy", "światłowód"],
  AIR_CONDITIONING: ["klimatyzacja"],
};

export const ITEM_CONDITION_WORDS: Record<ItemCondition, readonly string[]> = {
  NEW: ["nowy", "nowe", "nowa", "fabrycznie nowy"],
  VERY_GOOD: ["bardzo dobry", "b. dobry", "bdb", "jak nowy", "bardzo dobre"],
  GOOD: ["dobry", "db", "dobre"],
  WORKING: ["sprawny", "sprawne", "sprawna", "działa", "działający"],
  USED: ["używany", "używane", "używana", "ślady użytkowania"],
  NEEDS_REPAIR: ["do naprawy", "wymaga naprawy", "uszkodzony", "niesprawny", "zepsuty"],
};

/** Lower case, no accents, ł → l, single spaces: how words are compared. */
export function foldWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function reader<C extends string>(words: Record<C, readonly string[]>): (text: string) => C | null {
  const byWord = new Map<string, C>();
  for (const [code, list] of Object.entries(words) as [C, readonly string[]][]) {
    byWord.set(foldWord(code), code);
    byWord.set(foldWord(code.replace(/_/g, " ")), code);
    for (const w of list) byWord.set(foldWord(w), code);
  }
  return (text) => byWord.get(foldWord(text)) ?? null;
}

/** The code a Polish word (or the code itself) means, or null. */
export const premisesConditionFrom = reader(PREMISES_CONDITION_WORDS);
export const utilityFrom = reader(UTILITY_WORDS);
export const itemConditionFrom = reader(ITEM_CONDITION_WORDS);
