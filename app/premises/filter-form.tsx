"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { PREMISES_CONDITIONS, UTILITIES } from "../../entities/codes";
import { TORUN_DISTRICTS } from "../../entities/districts";
import { Field } from "../components/forms/field";
import { countMatches } from "./live-count";
import { closeFilterPanel, requestResultsFocus } from "../components/results-focus";
import { EMPTY_STATE, ORDERS, STATUSES, toApiFilter, toQueryString, validateState, type SearchState } from "./search-params";
import styles from "./premises.module.css";

/**
 * The search form. It is a plain GET form (named inputs, action=/premises#results), so it
 * works without JavaScript: the server renders every control with the value of the URL
 * (defaultValue/defaultChecked, not only react-hook-form's client-side defaults), so a
 * new sort keeps the filters. With JavaScript react-hook-form checks it first and pushes
 * the same query to the URL, and the submit button counts the matches as one types.
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
  const { register, handleSubmit, formState, setError, reset, watch } = useForm<SearchState>({ defaultValues: initial });
  const e = formState.errors;
  const err = (k: keyof SearchState) => e[k]?.message ?? serverErrors[k];
  const count = useLiveCount(watch, resultCount);

  const onSubmit = (raw: SearchState, ev?: React.BaseSyntheticEvent) => {
    // A checkbox with value="true" gives "true" or false; a lone district checkbox may give a string.
    const flag = (v: unknown) => v === true || v === "true";
    const values: SearchState = {
      ...raw,
      stepFree: flag(raw.stepFree),
      preferentialRent: flag(raw.preferentialRent),
      districts: list(raw.districts),
      conditions: list(raw.conditions),
      utilities: list(raw.utilities),
    };
    const problems = validateState(values);
    const keys = Object.keys(problems) as (keyof SearchState)[];
    if (keys.length) {
      for (const k of keys) setError(k, { message: t(problems[k] as "errors.notANumber") });
      return;
    }
    const qs = toQueryString(values);
    const url = qs ? `/premises?${qs}` : "/premises";
    closeFilterPanel(ev?.target as HTMLFormElement | undefined);
    requestResultsFocus();
    (navigate ?? router.push)(url);
  };

  const numberField = (name: "areaMin" | "areaMax" | "rentMin" | "rentMax") => (
    <Field id={`f-${name}`} label={t(`filter.${name}`)} error={err(name)}>
      {(a) => <input {...a} inputMode="decimal" autoComplete="off" defaultValue={initial[name]} {...register(name)} />}
    </Field>
  );

  return (
    <form
      method="get"
      action="/premises#results"
      role="search"
      aria-label={t("filter.label")}
      className={`${styles.filter} no-print`}
      onSubmit={handleSubmit(onSubmit)}
      noValidate
    >
      <SkipToResultsLink label={tc("filters.skipToResults")} />
      <div className={styles.filterRow}>
        <Field id="f-text" label={t("filter.text")} hint={t("filter.textHint")} error={err("text")}>
          {(a) => <input {...a} type="search" maxLength={200} defaultValue={initial.text} {...register("text")} />}
        </Field>
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
        <CodeChecks
          legend={t("filter.conditions")}
          codes={PREMISES_CONDITIONS}
          checked={initial.conditions}
          label={(c) => t(`condition.${c}`)}
          idPrefix="f-c"
          registration={register("conditions")}
        />
        <CodeChecks
          legend={t("filter.utilities")}
          codes={UTILITIES}
          checked={initial.utilities}
          label={(u) => t(`utility.${u}`)}
          idPrefix="f-u"
          registration={register("utilities")}
        />
      </details>
      <div className={styles.filterRow}>
        <Field id="f-status" label={t("filter.status")}>
          {(a) => (
            <select {...a} defaultValue={initial.status} {...register("status")}>
              <option value="">{t("filter.statusAny")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="f-order" label={t("filter.orderBy")}>
          {(a) => (
            <select {...a} defaultValue={initial.orderBy} {...register("orderBy")}>
              {ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`order.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className={styles.filterRow}>
        <div className="field-inline">
          <input type="checkbox" id="f-stepFree" value="true" defaultChecked={initial.stepFree} {...register("stepFree")} />
          <label htmlFor="f-stepFree">{t("filter.stepFree")}</label>
        </div>
        <div className="field-inline">
          <input type="checkbox" id="f-pref" value="true" defaultChecked={initial.preferentialRent} {...register("preferentialRent")} />
          <label htmlFor="f-pref">{t("filter.preferentialRent")}</label>
        </div>
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
            reset(EMPTY_STATE);
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
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className={styles.districtGrid}>
        {props.codes.map((c) => (
          <div key={c} className="field-inline">
            <input type="checkbox" id={`${props.idPrefix}-${c}`} value={c} defaultChecked={props.checked.includes(c)} {...props.registration} />
            <label htmlFor={`${props.idPrefix}-${c}`}>{props.label(c)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A checkbox group's value: react-hook-form gives an array, a lone checkbox a string or false. */
function list(v: unknown): string[] {
  return (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []).filter((x): x is string => typeof x === "string" && x !== "");
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
 * undefined while the form holds something the API would refuse.
 */
function useLiveCount(watch: ReturnType<typeof useForm<SearchState>>["watch"], initial: number | undefined): number | undefined {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seq = 0;
    const sub = watch((raw) => {
      clearTimeout(timer);
      const mine = ++seq;
      timer = setTimeout(async () => {
        const flag = (v: unknown) => v === true || v === "true";
        const values = {
          ...EMPTY_STATE,
          ...(raw as Partial<SearchState>),
          stepFree: flag(raw.stepFree),
          preferentialRent: flag(raw.preferentialRent),
          districts: list(raw.districts),
          conditions: list(raw.conditions),
          utilities: list(raw.utilities),
        } as SearchState;
        const { filter, invalid } = toApiFilter(values);
        if (invalid.length || Object.keys(validateState(values)).length) return setCount(undefined);
        const found = await countMatches(filter);
        if (mine === seq) setCount(found);
      }, 400);
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [watch]);
  return count;
}
