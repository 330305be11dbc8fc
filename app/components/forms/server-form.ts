"use client";
import { useCallback } from "react";
import { get, useForm, type FieldValues, type UseFormProps, type UseFormRegister, type UseFormReturn } from "react-hook-form";
import type { ApiError } from "../../lib/graphql-client";
import { useActionStatus } from "./action-status";
import { withSaved } from "./saved-values";
import { refusalAlert } from "./server-errors";

/**
 * `useForm` whose registrations carry each field's default value — the current one, so after
 * `reset(values)` it is what was saved — for the field components to put into the server's
 * HTML (app/components/forms/saved-values.ts). An edit form starts from it (or `useServerForm`).
 */
export function useSavedForm<V extends FieldValues>(props: UseFormProps<V>): UseFormReturn<V> {
  const form = useForm<V>(props);
  const { register, formState } = form;
  const defaults = formState.defaultValues;
  const registerSaved: UseFormRegister<V> = (name, options) => withSaved(register(name, options), get(defaults, name));
  return { ...form, register: registerSaved };
}

/**
 * A react-hook-form form whose action is an API call and whose outcome is an `ActionStatus`
 * (`status`, `show`): `submit(work)` is the form's `onSubmit` (the last message cleared
 * first, the fields checked); after the call, `refused(res, otherwise)` is true when the
 * call failed — the refused fields then carry the server's messages, and the status
 * shows what no field could (or `otherwise`, a text or one worded from the error, when it
 * was not a refusal of fields). The form's own methods (`register`, `formState`, `reset`…)
 * are returned beside them. The arguments after the form's are those of `useActionStatus`.
 */
export function useServerForm<V extends FieldValues>(props: UseFormProps<V>, ...statusArgs: Parameters<typeof useActionStatus>) {
  const form = useSavedForm<V>(props);
  const { status, show, clear } = useActionStatus(...statusArgs);
  const { handleSubmit, getValues, setError } = form;
  const submit = useCallback(
    (work: (values: V) => Promise<unknown>) =>
      handleSubmit(async (values) => {
        clear();
        await work(values);
      }),
    [handleSubmit, clear],
  );
  const refused = useCallback(
    <R extends { error?: ApiError }>(res: R, otherwise: string | ((error: ApiError) => string)): res is Extract<R, { error: ApiError }> => {
      const { error } = res;
      if (!error) return false;
      const text = refusalAlert(error, getValues(), setError, typeof otherwise === "string" ? otherwise : otherwise(error));
      if (text) show("error", text);
      return true;
    },
    [getValues, setError, show],
  );
  return { ...form, status, show, clear, submit, refused };
}
