import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ApiError } from "../../lib/graphql-client";

/**
 * The form field a BAD_USER_INPUT path names: `input.areaM2` → `areaM2`,
 * `audience[1]` → `audience`, `input.quotas.PES` → `quotas`.
 */
export function fieldOfPath(path: string): string {
  return path.replace(/^input\./, "").split(/[.[]/)[0];
}

/**
 * The one path from a server refusal to form errors: every `extensions.fields` entry whose
 * field the form has (a key of `values`) is set on that field — with the server's message,
 * or `message(field, serverMessage)` when the form words it itself. Returns null when the
 * error is not a refusal of fields; else how many fields took a message and the messages
 * that no field of this form could show (for an alert above the form).
 */
export function showServerFieldErrors<V extends FieldValues>(
  error: ApiError,
  values: object,
  setError: UseFormSetError<V>,
  message?: (field: string, serverMessage: string) => string,
): { mapped: number; unmapped: string[] } | null {
  if (error.code !== "BAD_USER_INPUT" || !error.fields || !Object.keys(error.fields).length) return null;
  let mapped = 0;
  const unmapped: string[] = [];
  for (const [path, serverMessage] of Object.entries(error.fields)) {
    const field = fieldOfPath(path);
    if (field in values) {
      // The first refused field takes the focus: the submit button the person pressed was
      // disabled while the call ran, so without it the focus falls back to the page's top.
      setError(field as Path<V>, { message: message ? message(field, serverMessage) : serverMessage }, { shouldFocus: mapped === 0 });
      mapped++;
    } else unmapped.push(serverMessage);
  }
  return { mapped, unmapped };
}

/**
 * A server error on a form with an alert above it: the refused fields take their messages
 * (showServerFieldErrors), and the alert gets what is left — the last message no field of
 * the form could show, or `otherwise` when the error is not a refusal of fields; nothing
 * (undefined) when every message found its field.
 */
export function refusalAlert<V extends FieldValues>(
  error: ApiError,
  values: object,
  setError: UseFormSetError<V>,
  otherwise: string,
): string | undefined {
  const refused = showServerFieldErrors(error, values, setError);
  return refused ? refused.unmapped.at(-1) : otherwise;
}
