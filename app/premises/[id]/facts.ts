import { floorLabel } from "../premises-card";
import { inlineList } from "../../lib/inline-list";

type Premises = {
  district: string;
  areaM2: number;
  monthlyRent: number;
  rentPerM2: number;
  floor?: number | null;
  stepFree: boolean;
  condition?: string | null;
  conditionNote?: string | null;
  utilities: string[];
  utilitiesNote?: string | null;
  permittedUse?: string | null;
  availableFrom?: string | null;
  preferentialRent: boolean;
  code?: string | null;
  administrator?: string | null;
};

type Format = {
  t: (key: string, values?: Record<string, string | number>) => string;
  money: (n: number) => string;
  number: (n: number) => string;
  date: (iso: string) => string;
  locale: string;
};

/**
 * The facts of a premises' page as term and value. An empty fact is left out, as every
 * `DetailRow` is: a new premises' details would otherwise run a phone's screen of dashes.
 */
export function premisesFacts(p: Premises, { t, money, number, date, locale }: Format): [string, string][] {
  const rows: [string, string | null | undefined][] = [
    [t("fields.district"), p.district],
    [t("fields.area"), `${number(p.areaM2)} m²`],
    [t("fields.rent"), money(p.monthlyRent)],
    [t("fields.rentPerM2"), money(p.rentPerM2)],
    [t("fields.floor"), p.floor == null ? null : floorLabel(t, p.floor)],
    [t("fields.stepFree"), p.stepFree ? t("yes") : t("no")],
    // Codes in the page's language; the free-text note (as written) after them.
    [t("fields.condition"), [p.condition && t(`condition.${p.condition}`), p.conditionNote].filter(Boolean).join(" — ")],
    [t("fields.utilities"), [inlineList(p.utilities.map((u) => t(`utility.${u}`)), locale), p.utilitiesNote].filter(Boolean).join(" — ")],
    [t("fields.permittedUse"), p.permittedUse],
    [t("fields.availableFrom"), p.availableFrom ? date(p.availableFrom) : null],
    [t("fields.preferentialRent"), p.preferentialRent ? t("fields.preferentialRentYes") : t("no")],
    [t("fields.code"), p.code],
    [t("fields.administrator"), p.administrator],
  ];
  return rows.filter((r): r is [string, string] => !!r[1]);
}
