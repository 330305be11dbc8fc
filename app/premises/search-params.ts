import { PREMISES_CONDITIONS, UTILITIES, type PremisesCondition, type Utility } from "../../entities/codes";
import { TORUN_DISTRICTS } from "../../entities/districts";

/** The search state of /premises, exactly as it lives in the URL query. */
export interface SearchState {
  areaMin: string;
  areaMax: string;
  rentMin: string;
  rentMax: string;
  districts: string[];
  /** "" = every status but WITHDRAWN (the API's default). */
  status: string;
  stepFree: boolean;
  preferentialRent: boolean;
  /** Any of these condition codes. */
  conditions: string[];
  /** All of these utility codes. */
  utilities: string[];
  text: string;
  orderBy: string;
}

export const ORDERS = ["RENT_ASC", "RENT_DESC", "AREA_ASC", "AREA_DESC", "RENT_PER_M2_ASC", "NEWEST"] as const;
export const STATUSES = ["AVAILABLE", "RESERVED", "RENTED", "WITHDRAWN"] as const;
export type Order = (typeof ORDERS)[number];
export type Status = (typeof STATUSES)[number];

export const EMPTY_STATE: SearchState = {
  areaMin: "",
  areaMax: "",
  rentMin: "",
  rentMax: "",
  districts: [],
  status: "",
  stepFree: false,
  preferentialRent: false,
  conditions: [],
  utilities: [],
  text: "",
  orderBy: "RENT_ASC",
};

type Raw = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string => all(v)[0] ?? "";
/** Known codes of a repeated (or comma-separated) parameter, each once, in the list's order. */
const codes = (v: string | string[] | undefined, known: readonly string[]): string[] => {
  const given = new Set(all(v).flatMap((c) => c.split(",")).map((c) => c.trim()));
  return known.filter((c) => given.has(c));
};

/** Reads the URL query (Next's searchParams or URLSearchParams) leniently: junk is dropped. */
export function parseSearchState(raw: Raw | URLSearchParams): SearchState {
  const get: Raw = {};
  if (raw instanceof URLSearchParams) {
    for (const key of new Set(raw.keys())) get[key] = raw.getAll(key);
  } else Object.assign(get, raw);
  const districts = all(get.districts)
    .flatMap((d) => d.split(","))
    .map((d) => d.trim())
    .filter((d): d is (typeof TORUN_DISTRICTS)[number] => (TORUN_DISTRICTS as readonly string[]).includes(d));
  const status = one(get.status);
  const orderBy = one(get.orderBy);
  return {
    areaMin: one(get.areaMin).trim().slice(0, 20),
    areaMax: one(get.areaMax).trim().slice(0, 20),
    rentMin: one(get.rentMin).trim().slice(0, 20),
    rentMax: one(get.rentMax).trim().slice(0, 20),
    districts: [...new Set(districts)],
    status: (STATUSES as readonly string[]).includes(status) ? status : "",
    stepFree: one(get.stepFree) === "true",
    preferentialRent: one(get.preferentialRent) === "true",
    conditions: codes(get.conditions, PREMISES_CONDITIONS),
    utilities: codes(get.utilities, UTILITIES),
    text: one(get.text).slice(0, 200),
    orderBy: (ORDERS as readonly string[]).includes(orderBy) ? orderBy : "RENT_ASC",
  };
}

/** The URL query for a state; empty fields are left out so that shared links stay short. */
export function toQueryString(s: SearchState, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const k of ["areaMin", "areaMax", "rentMin", "rentMax"] as const) if (s[k].trim()) q.set(k, s[k].trim());
  for (const d of s.districts) q.append("districts", d);
  if (s.status) q.set("status", s.status);
  if (s.stepFree) q.set("stepFree", "true");
  if (s.preferentialRent) q.set("preferentialRent", "true");
  for (const c of s.conditions) q.append("conditions", c);
  for (const u of s.utilities) q.append("utilities", u);
  if (s.text.trim()) q.set("text", s.text.trim());
  if (s.orderBy && s.orderBy !== "RENT_ASC") q.set("orderBy", s.orderBy);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  return q.toString();
}

/** "12,5" and "12.5" both mean 12.5 (Polish decimal comma); "" means no bound. */
export function parseAmount(v: string): number | null | "invalid" {
  const t = v.trim().replace(/\s/g, "").replace(",", ".");
  if (!t) return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return "invalid";
  const n = Number(t);
  return Number.isFinite(n) ? n : "invalid";
}

export interface ApiFilter {
  areaMin?: number;
  areaMax?: number;
  rentMin?: number;
  rentMax?: number;
  districts?: string[];
  status?: Status[];
  stepFree?: boolean;
  preferentialRent?: boolean;
  conditions?: PremisesCondition[];
  utilities?: Utility[];
  text?: string;
}

/**
 * The API filter for a state, or the fields that are not numbers (shown next to the
 * form; the API checks the rest, e.g. min ≤ max, and names the field too).
 */
export function toApiFilter(s: SearchState): { filter: ApiFilter; invalid: string[] } {
  const filter: ApiFilter = {};
  const invalid: string[] = [];
  for (const k of ["areaMin", "areaMax", "rentMin", "rentMax"] as const) {
    const n = parseAmount(s[k]);
    if (n === "invalid") invalid.push(k);
    else if (n !== null) filter[k] = n;
  }
  if (s.districts.length) filter.districts = s.districts;
  if (s.status) filter.status = [s.status as Status];
  if (s.stepFree) filter.stepFree = true;
  if (s.preferentialRent) filter.preferentialRent = true;
  if (s.conditions.length) filter.conditions = s.conditions as PremisesCondition[];
  if (s.utilities.length) filter.utilities = s.utilities as Utility[];
  if (s.text.trim()) filter.text = s.text.trim();
  return { filter, invalid };
}

/** Why a filter value is refused: the key of its text under `premises.errors`. */
export type FilterProblem = "notANumber" | "areaOrder" | "rentOrder" | "textLength";

/** Client-side checks with the same rules as the API, as {@link FilterProblem}s. */
export function validateState(s: SearchState): Partial<Record<keyof SearchState, FilterProblem>> {
  const errors: Partial<Record<keyof SearchState, FilterProblem>> = {};
  const n: Record<string, number | null> = {};
  for (const k of ["areaMin", "areaMax", "rentMin", "rentMax"] as const) {
    const v = parseAmount(s[k]);
    if (v === "invalid") errors[k] = "notANumber";
    n[k] = v === "invalid" ? null : v;
  }
  if (n.areaMin != null && n.areaMax != null && n.areaMin > n.areaMax) errors.areaMin = "areaOrder";
  if (n.rentMin != null && n.rentMax != null && n.rentMin > n.rentMax) errors.rentMin = "rentOrder";
  if (s.text.length > 200) errors.text = "textLength";
  return errors;
}
