import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "./text-field";

/**
 * The password the person has now, asked to sign in or before a change of the account:
 * the browser offers the saved one (`current-password`), never a new one.
 */
export function CurrentPasswordField(props: { id: string; label: string; error?: string; registration: UseFormRegisterReturn }) {
  return <TextField {...props} type="password" autoComplete="current-password" />;
}
