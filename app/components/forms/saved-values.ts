/**
 * react-hook-form puts a registered field's default value into the input only through its
 * ref, that is after hydration: the server's HTML of an edit form would show empty fields
 * (for seconds on a slow phone, for good without JavaScript). So the `register` of
 * `useSavedForm` and `useServerForm` (app/components/forms/server-form.ts) hands each
 * registration the field's default value, and the field components of
 * app/components/forms/text-field.tsx and radio-group.tsx draw it themselves.
 *
 * The value is a non-enumerable property: `{...registration}` leaves it out, so an <input>
 * that a form registers by hand (a checkbox above all, whose `value` it would become) is
 * drawn as before. No react-hook-form here: the field components also serve server pages.
 *
 * A textarea's text and a box's tick go only into the server's HTML; on the client
 * react-hook-form ticks and fills them from its values, as it did before. Hydrating a
 * textarea given its text, React puts that text back over what was typed meanwhile
 * (react-dom's initTextarea); a box drawn ticked by default is one react-hook-form reads
 * back from the page, rather than ticking it as the values say, when `reset(values)` makes
 * it register the box again.
 */
const SAVED = "saved";
const ON_SERVER = typeof window === "undefined";

/** `registration` carrying the field's saved value (returns the same object). */
export function withSaved<R extends object>(registration: R, value: unknown): R {
  return Object.defineProperty(registration, SAVED, { value, enumerable: false });
}

function savedValue(registration: object | undefined): unknown {
  return registration ? (registration as { [SAVED]?: unknown })[SAVED] : undefined;
}

/** A text control's saved value, for its `defaultValue` (none when there is none). */
export function savedText(registration: object | undefined): string | undefined {
  const v = savedValue(registration);
  return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
}

/** A select's saved value (a list for a multiple select). */
export function savedChoice(registration: object | undefined): string | string[] | undefined {
  const v = savedValue(registration);
  return Array.isArray(v) ? v.map(String) : savedText(registration);
}

/** A textarea's saved text, on the server (see above). */
export function savedServerText(registration: object | undefined): string | undefined {
  return ON_SERVER ? savedText(registration) : undefined;
}

/** On the server (see above), whether the box of `value` (a checkbox of a list, a radio button), or the lone checkbox without `value`, is ticked when saved. */
export function savedChecked(registration: object | undefined, value?: string): boolean | undefined {
  if (!ON_SERVER) return undefined;
  const v = savedValue(registration);
  if (Array.isArray(v)) return v.includes(value);
  if (value === undefined) return typeof v === "boolean" ? v : undefined;
  return v === undefined ? undefined : v === value;
}
