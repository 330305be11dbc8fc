"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { TORUN_DISTRICTS } from "../../entities/districts";
import { Field } from "../components/forms/field";
import { EMPTY_STATE, ORDERS, STATUSES, toQueryString, validateState, type SearchState } from "./search-params";
import styles from "./premises.module.css";

/**
 * The search form. It is a plain GET form (named inputs, action=/premises), so it works
 * without JavaScript; with JavaScript react-hook-form checks it first and pushes the
 * state to the URL, so a search can be shared and the back button works.
 */
export function FilterForm({
  initial,
  districtCounts = {},
  serverErrors = {},
  navigate,
}: {
  initial: SearchState;
  districtCounts?: Record<string, number>;
  /** Field → message from the API's BAD_USER_INPUT. */
  serverErrors?: Record<string, string>;
  /** For tests; the default pushes to the router. */
  navigate?: (url: string) => void;
}) {
  const t = useTranslations("premises");
  const router = useRouter();
  const { register, handleSubmit, formState, setError, reset } = useForm<SearchState>({ defaultValues: initial });
  const e = formState.errors;
  const err = (k: keyof SearchState) => e[k]?.message ?? serverErrors[k];

  const onSubmit = (raw: SearchState) => {
    // A checkbox with value="true" gives "true" or false; a lone district checkbox may give a string.
    const flag = (v: unknown) => v === true || v === "true";
    const values: SearchState = {
      ...raw,
      stepFree: flag(raw.stepFree),
      preferentialRent: flag(raw.preferentialRent),
      districts: Array.isArray(raw.districts) ? raw.districts : raw.districts ? [raw.districts as unknown as string] : [],
    };
    const problems = validateState(values);
    const keys = Object.keys(problems) as (keyof SearchState)[];
    if (keys.length) {
      for (const k of keys) setError(k, { message: t(problems[k] as "errors.notANumber") });
      return;
    }
    const qs = toQueryString(values);
    const url = qs ? `/premises?${qs}` : "/premises";
    (navigate ?? router.push)(url);
  };

  const numberField = (name: "areaMin" | "areaMax" | "rentMin" | "rentMax") => (
    <Field id={`f-${name}`} label={t(`filter.${name}`)} error={err(name)}>
      {(a) => <input {...a} inputMode="decimal" autoComplete="off" {...register(name)} />}
    </Field>
  );

  return (
    <form
      method="get"
      action="/premises"
      role="search"
      aria-label={t("filter.label")}
      className={`${styles.filter} no-print`}
      onSubmit={handleSubmit(onSubmit)}
      noValidate
    >
      <div className={styles.filterRow}>
        <Field id="f-text" label={t("filter.text")} hint={t("filter.textHint")} error={err("text")}>
          {(a) => <input {...a} type="search" maxLength={200} {...register("text")} />}
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
                <input type="checkbox" id={`f-d-${i}`} value={d} {...register("districts")} />
                <label htmlFor={`f-d-${i}`}>
                  {d}
                  {d in districtCounts && <span className="muted"> ({districtCounts[d]})</span>}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </details>
      <div className={styles.filterRow}>
        <Field id="f-status" label={t("filter.status")}>
          {(a) => (
            <select {...a} {...register("status")}>
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
            <select {...a} {...register("orderBy")}>
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
          <input type="checkbox" id="f-stepFree" value="true" {...register("stepFree")} />
          <label htmlFor="f-stepFree">{t("filter.stepFree")}</label>
        </div>
        <div className="field-inline">
          <input type="checkbox" id="f-pref" value="true" {...register("preferentialRent")} />
          <label htmlFor="f-pref">{t("filter.preferentialRent")}</label>
        </div>
      </div>
      <div className={styles.filterActions}>
        <button type="submit" className="button">
          {t("filter.submit")}
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
