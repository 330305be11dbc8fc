import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/**
 * Fills a form's labelled controls in the order given, as a person would: types the text
 * into a field, picks the option (by its value or its text) of a select, and clicks a
 * checkbox or radio button given `true`.
 */
export async function fillIn(user: UserEvent, fields: Record<string, string | true>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    const control = screen.getByLabelText(label);
    if (value === true) await user.click(control);
    else if (control instanceof HTMLSelectElement) await user.selectOptions(control, value);
    else await user.type(control, value);
  }
}
