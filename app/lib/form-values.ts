/** A value as a form's text field holds it: nothing as "", a number as its digits. */
export const formText = (v: string | number | null | undefined): string => (v === null || v === undefined ? "" : String(v));

/** A code stays its code type in the form's values (a select of codes), anything else is text. */
type FormText<V> = V extends string ? V : string;

/**
 * The fields `keys` of an object read from the API as the initial values of its edit form:
 * the text fields of a form are never null, so an empty field is "" and a number its digits.
 */
export function formTexts<T extends object, K extends keyof T>(o: T, keys: readonly K[]): { [P in K]: FormText<NonNullable<T[P]>> | "" } {
  return Object.fromEntries(keys.map((k) => [k, formText(o[k] as string | number | null | undefined)])) as { [P in K]: FormText<NonNullable<T[P]>> | "" };
}

/**
 * A decimal as the initial text of a field where people type it in their own way ("27,5"
 * in Polish, where the field's hint offers the comma; "27.5" in English); the forms read both.
 */
export const decimalText = (v: number | null | undefined, locale: string): string => (locale === "pl" ? formText(v).replace(".", ",") : formText(v));
