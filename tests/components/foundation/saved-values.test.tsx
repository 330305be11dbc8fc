import { act, fireEvent } from "@testing-library/react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { useForm, type UseFormReturn } from "react-hook-form";
import { CoordinateFields, registerCoordinates } from "../../../app/components/forms/coordinate-fields";
import { EmailField } from "../../../app/components/forms/email-field";
import { ChoiceInputs, RadioGroup } from "../../../app/components/forms/radio-group";
import { useSavedForm } from "../../../app/components/forms/server-form";
import { CheckboxField, SelectField, TextField } from "../../../app/components/forms/text-field";

/**
 * react-hook-form alone puts a field's saved value into the input after hydration, so the
 * server's HTML of an edit form was empty (for seconds on a slow phone, for good without
 * JavaScript). A form from useSavedForm (or useServerForm, which starts from it) hands its
 * saved values to the shared field components, which write them into that HTML; hydrating
 * over it, the form behaves as before. (A textarea's text and a box's tick go only into the
 * server's HTML, so saved-values-ssr.test.tsx, rendering in node as the server does, checks those.)
 */
const SAVED = {
  title: "Sala <b>", count: 7, email: "a@example.org", kind: "B", agree: true, never: false,
  tags: ["x"], size: "M", latitude: "53,01", longitude: "18,6",
};
type Values = typeof SAVED;
const COORDINATES = { legend: "Place", latitude: "Lat", latitudeHint: "Degrees", longitude: "Lon", both: "Both", latitudeRange: "Lat range", longitudeRange: "Lon range" };
type Hook = (props: { defaultValues: Values }) => UseFormReturn<Values>;

function Form({ hook = useSavedForm, api, onValid = jest.fn() }: { hook?: Hook; api?: (form: UseFormReturn<Values>) => void; onValid?: (v: Values) => void }) {
  const form = hook({ defaultValues: SAVED });
  api?.(form);
  const { register, handleSubmit } = form;
  return (
    <form onSubmit={handleSubmit(onValid)} noValidate>
      <TextField id="title" label="Title" registration={register("title")} />
      <TextField id="count" label="Count" type="number" registration={register("count")} />
      <EmailField id="email" label="E-mail" registration={register("email")} />
      <SelectField id="kind" label="Kind" registration={register("kind")}>
        <option value="A">A</option>
        <option value="B">B</option>
      </SelectField>
      <CheckboxField id="agree" label="Agree" registration={register("agree")} />
      <CheckboxField id="never" label="Never" registration={register("never")} />
      <ChoiceInputs type="checkbox" idPrefix="tag" values={["x", "y"]} label={(v) => v} registration={register("tags")} />
      <RadioGroup legend="Size" idPrefix="size" values={["S", "M"]} label={(v) => v} registration={register("size")} />
      <CoordinateFields fields={registerCoordinates(register, COORDINATES)} errors={{}} ids={["lat", "lon"]} texts={COORDINATES} />
      {/* A checkbox registered by hand draws as before: the saved value never becomes its `value`. */}
      <input type="checkbox" id="raw" {...register("never")} />
    </form>
  );
}

/** The form's server HTML, in the page as the browser has it before the scripts run. */
function serverPage(ui: React.ReactElement) {
  const container = document.createElement("div");
  container.innerHTML = renderToString(ui);
  document.body.appendChild(container);
  return container;
}
const input = (id: string) => document.getElementById(id) as HTMLInputElement;
afterEach(() => (document.body.innerHTML = ""));

it("the server's HTML holds each field's saved value: text, number, e-mail, select, coordinates", () => {
  serverPage(<Form />);
  expect(["title", "count", "email", "kind", "lat", "lon"].map((id) => input(id).value)).toEqual(["Sala <b>", "7", "a@example.org", "B", "53,01", "18,6"]);
  expect(input("raw").getAttribute("value")).toBeNull();
});

it("a plain useForm's server HTML holds none of them (what the edit forms drew before)", () => {
  serverPage(<Form hook={useForm} />);
  expect([input("title").value, input("email").value, input("kind").value]).toEqual(["", "", "A"]);
});

it("hydrating keeps what was typed before, shows the saved rest, warns nothing, and takes reset(values)", async () => {
  const errors = jest.spyOn(console, "error");
  let form: UseFormReturn<Values> | undefined;
  const onValid = jest.fn();
  const ui = <Form api={(f) => (form = f)} onValid={onValid} />;
  const container = serverPage(ui);
  // The person edits before the scripts have run.
  input("email").value = "typed@example.org";
  input("tag-y").checked = true;

  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, ui);
  });
  expect([input("title").value, input("email").value, input("kind").value]).toEqual(["Sala <b>", "typed@example.org", "B"]);
  expect([input("agree").checked, input("tag-x").checked, input("tag-y").checked, input("size-M").checked]).toEqual([true, true, true, true]);
  await act(async () => {
    fireEvent.submit(container.querySelector("form")!);
  });
  expect(onValid.mock.calls[0][0]).toEqual({ ...SAVED, email: "typed@example.org", tags: ["x", "y"] });

  input("agree").click();
  const next = { ...SAVED, title: "New title", kind: "A", agree: true, tags: [], size: "S" };
  await act(async () => form!.reset(next));
  expect([input("title").value, input("kind").value, input("agree").checked, input("tag-x").checked, input("size-S").checked]).toEqual(["New title", "A", true, false, true]);
  expect(form!.getValues()).toEqual(next);
  expect(errors).not.toHaveBeenCalled();
  act(() => root!.unmount());
});
