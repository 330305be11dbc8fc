"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { PREMISES_CONDITIONS, UTILITIES } from "../../entities/codes";
import { TORUN_DISTRICTS } from "../../entities/districts";
import { CheckboxField, SelectField, TextField } from "../components/forms/text-field";
import { countMatches } from "./live-count";
import { closeFilterPanel, requestResultsFocus } from "../components/results-focus";
import { EMPTY_STATE, ORDERS, STATUSES, toApiFilter, toQueryString, validateState, type SearchState } from "./search-params";
import styles from "./premises.module.css";
import { Options } from "../components/forms/options";
import { ChoiceInputs } from "../components/forms/radio-group";

/**
 * The search form. It is a plain GET form (named inputs, action=/premises#results), so it
 * works without JavaScript: the server renders every control with the value of the URL
 * (defaultValue/defaultChecked), so a new sort keeps the filters. With JavaScript the form
 * is checked first and the same query is pushed to the URL, and the submit button counts
 * the matches as one types. A search form sends nothing but its query, so it reads its own
 * fields (FormData) instead of carrying react-hook-form into the page's First Load JS.
 */
export function FilterForm({
  initial,
  districtCounts = {},
  serverErrors = {},
  resultCount,
  navigate,
}: {
  initial: SearchState;
  districtCounts?: Record<string, number>;
  /** Field → message from the API's BAD_USER_INPUT. */
  serverErrors?: Record<string, string>;
  /** Matches of the URL's search, for the "Show N results" button. */
  resultCount?: number;
  /** For tests; the default pushes to the router. */
  navigate?: (url: string) => void;
}) {
  const t = useTranslations("premises");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof SearchState, string>>>({});
  const err = (k: keyof SearchState) => errors[k] ?? serverErrors[k];
  const [count, formChanged] = useLiveCount(form, resultCount);

  const onSubmit = (ev: React.FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const values = readState(ev.currentTarget);
    const problems = validateState(values);
    const keys = Object.keys(problems) as (keyof SearchState)[];
    setErrors(Object.fromEntries(keys.map((k) => [k, t(`errors.${problems[k]!}`)])));
    if (keys.length) return;
    const qs = toQueryString(values);
    const url = qs ? `/premises?${qs}` : "/premises";
    closeFilterPanel(ev.currentTarget);
    requestResultsFocus();
    (navigate ?? router.push)(url);
  };
  const register = (name: keyof SearchState) => ({ name });

  const numberField = (name: "areaMin" | "areaMax" | "rentMin" | "rentMax") => (
    <TextField id={`f-${name}`} label={t(`filter.${name}`)} error={err(name)} inputMode="decimal" autoComplete="off" defaultValue={initial[name]} registration={register(name)} />
  );
  const codeChecks = <C extends string>(name: "conditions" | "utilities", codes: readonly C[], idPrefix: string, label: (code: C) => string) => (
    <CodeChecks
      legend={t(`filter.${name}`)}
      codes={codes}
      checked={initial[name]}
      label={label}
      idPrefix={idPrefix}
      registration={register(name)}
    />
  );

  return (
    <form
      method="get"
      action="/premises#results"
      role="search"
      aria-label={t("filter.label")}
      className={`${styles.filter} no-print`}
      onSubmit={onSubmit}
      onChange={formChanged}
      noValidate
      ref={form}
    >
      <SkipToResultsLink label={tc("filters.skipToResults")} />
      <div className={styles.filterRow}>
        <TextField id="f-text" label={t("filter.text")} hint={t("filter.textHint")} error={err("text")} type="search" maxLength={200} defaultValue={initial.text} registration={register("text")} />
      </div>
      <fieldset className={styles.filterRow}>
        <legend>{t("filter.area")}</legend>
        {numberField("areaMin")}
        {numberField("areaMax")}
      </fieldset>
      <fieldset className={styles.filterRow}>
        <legend>{t("filter.rent")}</legend>
        {numberField("rentMin")}
        {numberField("rentMax")}
      </fieldset>
      <details className={styles.districts} open={initial.districts.length > 0}>
        <summary>
          {t("filter.districts")}
          {initial.districts.length > 0 && ` (${initial.districts.length})`}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t("filter.districts")}</legend>
          {err("districts") && (
            <p className="error" role="alert">
              {err("districts")}
            </p>
          )}
          <div className={styles.districtGrid}>
            {TORUN_DISTRICTS.map((d, i) => (
              <div key={d} className="field-inline">
                <input type="checkbox" id={`f-d-${i}`} value={d} defaultChecked={initial.districts.includes(d)} {...register("districts")} />
                <label htmlFor={`f-d-${i}`}>
                  {d}
                  {d in districtCounts && <span className="muted"> ({districtCounts[d]})</span>}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </details>
      <details className={styles.districts} open={initial.conditions.length + initial.utilities.length > 0}>
        <summary>
          {t("filter.conditionsAndUtilities")}
          {initial.conditions.length + initial.utilities.length > 0 && ` (${initial.conditions.length + initial.utilities.length})`}
        </summary>
        {codeChecks("conditions", PREMISES_CONDITIONS, "f-c", (c) => t(`condition.${c}`))}
        {codeChecks("utilities", UTILITIES, "f-u", (u) => t(`utility.${u}`))}
      </details>
      <div className={styles.filterRow}>
        <SelectField id="f-status" label={t("filter.status")} defaultValue={initial.status} registration={register("status")}>
          <Options values={STATUSES} label={(s) => t(`status.${s}`)} empty={t("filter.statusAny")} />
        </SelectField>
        <SelectField id="f-order" label={t("filter.orderBy")} defaultValue={initial.orderBy} registration={register("orderBy")}>
          <Options values={ORDERS} label={(o) => t(`order.${o}`)} />
        </SelectField>
      </div>
      <div className={styles.filterRow}>
        <CheckboxField id="f-stepFree" label={t("filter.stepFree")} value="true" defaultChecked={initial.stepFree} registration={register("stepFree")} />
        <CheckboxField id="f-pref" label={t("filter.preferentialRent")} value="true" defaultChecked={initial.preferentialRent} registration={register("preferentialRent")} />
      </div>
      <div className={`${styles.filterActions} filter-submit`}>
        <button type="submit" className="button">
          {count === undefined ? t("filter.submit") : tc("filters.show", { count })}
        </button>
        <Link
          href="/premises"
          className="button button-secondary"
          onClick={(ev) => {
            ev.preventDefault();
            if (form.current) clearForm(form.current);
            setErrors({});
            (navigate ?? router.push)("/premises");
          }}
        >
          {t("filter.clear")}
        </Link>
      </div>
    </form>
  );
}

/** A group of code checkboxes with translated labels (condition, utilities), ticked from the URL. */
function CodeChecks<C extends string>(props: {
  legend: string;
  codes: readonly C[];
  checked: string[];
  label: (code: C) => string;
  idPrefix: string;
  registration: { name: string };
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className={styles.districtGrid}>
        <ChoiceInputs type="checkbox" idPrefix={props.idPrefix} values={props.codes} checked={props.checked} label={props.label} registration={props.registration} />
      </div>
    </fieldset>
  );
}

/** The search as the form stands (DOM order of the ticked boxes). */
function readState(form: HTMLFormElement): SearchState {
  const d = new FormData(form);
  const one = (k: string) => String(d.get(k) ?? "");
  const all = (k: string) => d.getAll(k).filter((v): v is string => typeof v === "string" && v !== "");
  return {
    ...EMPTY_STATE,
    areaMin: one("areaMin"),
    areaMax: one("areaMax"),
    rentMin: one("rentMin"),
    rentMax: one("rentMax"),
    districts: all("districts"),
    status: one("status"),
    stepFree: d.get("stepFree") === "true",
    preferentialRent: d.get("preferentialRent") === "true",
    conditions: all("conditions"),
    utilities: all("utilities"),
    text: one("text"),
    orderBy: one("orderBy") || EMPTY_STATE.orderBy,
  };
}

/** Empties every field (the URL's values are only the fields' defaults). */
function clearForm(form: HTMLFormElement) {
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement) {
      if (el.type === "checkbox") el.checked = false;
      else el.value = "";
    } else if (el instanceof HTMLSelectElement) {
      el.value = String(EMPTY_STATE[el.name as keyof SearchState] ?? "");
    }
  }
}

function SkipToResultsLink({ label }: { label: string }) {
  return (
    <a className="skip-inline" href="#results">
      {label}
    </a>
  );
}

/**
 * The number of matches of the form as it stands (debounced), for "Show N results";
 * undefined while the form holds something the API would refuse. Returns the count and
 * the form's change handler.
 */
function useLiveCount(form: React.RefObject<HTMLFormElement | null>, initial: number | undefined): [number | undefined, () => void] {
  const [count, setCount] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seq = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  const changed = () => {
    clearTimeout(timer.current);
    const mine = ++seq.current;
    timer.current = setTimeout(async () => {
      if (!form.current) return;
      const values = readState(form.current);
      const { filter, invalid } = toApiFilter(values);
      if (invalid.length || Object.keys(validateState(values)).length) return setCount(undefined);
      const found = await countMatches(filter);
      if (mine === seq.current) setCount(found);
    }, 400);
  };
  return [count, changed];
}
