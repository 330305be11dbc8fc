type T = (key: string, values?: Record<string, string | number>) => string;
type F = { number(n: number, o?: Intl.NumberFormatOptions): string };

/** "od 35 zł / osoba", "35 zł – 65 zł / osoba" or "Cena do uzgodnienia". */
export function formatPrice(t: T, format: F, from: number | null | undefined, to: number | null | undefined, unit: string | null | undefined): string {
  const money = (n: number) => format.number(n, { style: "currency", currency: "PLN" });
  let s: string;
  if (from == null && to == null) return t("products.priceOnRequest");
  if (from != null && to != null && to !== from) s = t("products.range", { from: money(from), to: money(to) });
  else if (from != null) s = to == null ? t("products.from", { price: money(from) }) : money(from);
  else s = money(to!);
  return unit ? `${s} ${t("products.perUnit", { unit })}` : s;
}
