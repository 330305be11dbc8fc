import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm } from "react-hook-form";
import { ScriptForm } from "../../../app/components/forms/script-form";
import { SubmitButton } from "../../../app/components/forms/submit-button";
import { CoordinateFields, registerCoordinates } from "../../../app/components/forms/coordinate-fields";
import { CheckboxField, emptyOrRule, lengthRule, maxLengthRule, SelectField, TextAreaField, TextField } from "../../../app/components/forms/text-field";

/**
 * The shared field components (app/components/forms/text-field.tsx, coordinate-fields.tsx)
 * stand for the `<Field>{(a) => <input … />}</Field>` blocks the forms used to write out:
 * the same label, hint and error wiring, the control's own attributes kept.
 */
const COORDINATE_TEXTS = { legend: "Place", latitude: "Lat", latitudeHint: "Degrees", longitude: "Lon", both: "Both", latitudeRange: "Lat range", longitudeRange: "Lon range" };

function Form({ onValid }: { onValid: (v: unknown) => void }) {
  const { register, handleSubmit, formState } = useForm({
    defaultValues: { title: "", body: "", kind: "", agree: false, latitude: "", longitude: "" },
  });
  const e = formState.errors;
  return (
    <form onSubmit={handleSubmit(onValid)} noValidate>
      <TextField id="t" label="Title" hint="Short" error={e.title?.message} inputMode="numeric" registration={register("title", { required: "Needed" })} />
      <TextAreaField id="b" label="Body" error={e.body?.message} rows={4} registration={register("body")} />
      <SelectField id="k" label="Kind" error={e.kind?.message} registration={register("kind")}>
        <option value="">Any</option>
        <option value="A">A</option>
      </SelectField>
      <CheckboxField className="field" id="c" label="Agree" registration={register("agree")} />
      <CoordinateFields fields={registerCoordinates(register, COORDINATE_TEXTS)} errors={e} ids={["lat", "lon"]} texts={COORDINATE_TEXTS} />
      <button type="submit">Go</button>
    </form>
  );
}

describe("shared form fields", () => {
  it("label, hint and error describe the input, and the input keeps its own attributes", async () => {
    const user = userEvent.setup();
    render(<Form onValid={jest.fn()} />);
    const title = screen.getByLabelText("Title");
    expect(title).toHaveAttribute("id", "t");
    expect(title).toHaveAttribute("inputmode", "numeric");
    expect(title).toHaveAttribute("aria-describedby", "t-hint");
    expect(title).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Needed");
    expect(title).toHaveAttribute("aria-describedby", "t-hint t-error");
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Body").tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("Body")).toHaveAttribute("rows", "4");
    expect(screen.getByLabelText("Kind").tagName).toBe("SELECT");
    expect(screen.getByLabelText("Agree").closest("div")).toHaveClass("field", "field-inline");
  });

  it("sends what was typed and ticked, under the fields' names", async () => {
    const user = userEvent.setup();
    const onValid = jest.fn();
    render(<Form onValid={onValid} />);
    await user.type(screen.getByLabelText("Title"), "Hello");
    await user.type(screen.getByLabelText("Body"), "Text");
    await user.selectOptions(screen.getByLabelText("Kind"), "A");
    await user.click(screen.getByLabelText("Agree"));
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(onValid).toHaveBeenCalledWith(expect.objectContaining({ title: "Hello", body: "Text", kind: "A", agree: true }), expect.anything());
  });

  it("asks for the second coordinate when only one is given, and refuses one out of range", async () => {
    const user = userEvent.setup();
    const onValid = jest.fn();
    render(<Form onValid={onValid} />);
    await user.type(screen.getByLabelText("Title"), "x");
    expect(screen.getByRole("group", { name: "Place" })).toContainElement(screen.getByLabelText("Lon"));
    await user.type(screen.getByLabelText("Lat"), "53,01");
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(await screen.findByText("Both")).toHaveAttribute("id", "lon-error");
    await user.type(screen.getByLabelText("Lon"), "200");
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(await screen.findByText("Lon range")).toBeInTheDocument();
    await user.clear(screen.getByLabelText("Lon"));
    await user.type(screen.getByLabelText("Lon"), "18.6");
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(onValid).toHaveBeenCalledWith(expect.objectContaining({ latitude: "53,01", longitude: "18.6" }), expect.anything());
  });
});

describe("CheckboxField outside react-hook-form", () => {
  it("holds a component's state through checked and onChange", async () => {
    const onChange = jest.fn();
    render(<CheckboxField id="consent" label="Zgoda" checked={false} onChange={(e) => onChange(e.target.checked)} />);
    await userEvent.setup().click(screen.getByLabelText("Zgoda"));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it("is a named box of a GET form, ticked from the URL", () => {
    render(<CheckboxField id="f" label="Bez barier" value="true" defaultChecked registration={{ name: "stepFree" }} />);
    const box = screen.getByLabelText("Bez barier") as HTMLInputElement;
    expect(box).toBeChecked();
    expect(box.name).toBe("stepFree");
    expect(box.value).toBe("true");
    expect(box.closest("div")).toHaveClass("field-inline");
  });
});

describe("shared field rules", () => {
  it("a length rule counts the trimmed text and answers with the form's message", () => {
    const { validate } = lengthRule(3, 5, "Length");
    expect(validate("  ab  ")).toBe("Length");
    expect(validate(" abc ")).toBe(true);
    expect(validate("abcdef")).toBe("Length");
  });

  it("an optional text is either empty or passes its check", () => {
    const { validate } = emptyOrRule((s) => /^\d+$/.test(s), "Digits");
    expect(validate("  ")).toBe(true);
    expect(validate("123")).toBe(true);
    expect(validate("12a")).toBe("Digits");
  });

  it("a maximum length is react-hook-form's own rule with the form's message", () => {
    expect(maxLengthRule(40, "Too long")).toEqual({ maxLength: { value: 40, message: "Too long" } });
  });
});

describe("ScriptForm", () => {
  it("runs its action when the form is submitted, with Enter in a field or the button, and the page stays", async () => {
    const user = userEvent.setup();
    const act = jest.fn();
    render(
      <ScriptForm className="form no-print" onSubmit={act}>
        <label htmlFor="code">Code</label>
        <input id="code" />
        <SubmitButton submitting={false}>Send</SubmitButton>
      </ScriptForm>,
    );
    expect(screen.getByRole("button", { name: "Send" }).closest("form")).toHaveClass("form", "no-print");
    await user.type(screen.getByLabelText("Code"), "42{Enter}");
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(act).toHaveBeenCalledTimes(2);
  });
});
