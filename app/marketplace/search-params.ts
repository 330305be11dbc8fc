/** Search-page state lives in the URL, so results can be bookmarked and shared. */
export type SP = Record<string, string | string[] | undefined>;

export const TABS = ["equipment", "products", "demands"] as const;
export type Tab = (typeof TABS)[number];

export function str(sp: SP, key: string, max = 200): string {
  const v = sp[key];
  return typeof v === "string" ? v.trim().slice(0, max) : "";
}

export function tabOf(sp: SP): Tab {
  const t = str(sp, "tab");
  return (TABS as readonly string[]).includes(t) ? (t as Tab) : "equipment";
}

/** The same query string with some keys replaced (empty values dropped). */
export function withParams(sp: SP, changes: Record<string, string | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) if (typeof v === "string" && v !== "" && !(k in changes)) q.set(k, v);
  for (const [k, v] of Object.entries(changes)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
