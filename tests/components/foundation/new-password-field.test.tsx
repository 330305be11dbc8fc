import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm, useWatch } from "react-hook-form";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { NewPasswordField, usePasswordRule } from "../../../app/components/forms/new-password-field";
import { renderWithMessages } from "../../helpers/intl";

function Form({ onValid }: { onValid: (v: { pw: string }) => void }) {
  const rule = usePasswordRule();
  const { register, handleSubmit, formState, control } = useForm<{ pw: string }>({ defaultValues: { pw: "" } });
  const pw = useWatch({ control, name: "pw" });
  return (
    <form onSubmit={handleSubmit(onValid)} noValidate>
      <NewPasswordField
        id="pw"
        label="Hasło"
        value={pw}
        userInputs={["jadwiga.kowalczyk@example.org", "Jadwiga Kowalczyk"]}
        error={formState.errors.pw?.message}
        registration={register("pw", { validate: rule.validate(() => ["jadwiga.kowalczyk@example.org", "Jadwiga Kowalczyk"]) })}
      />
      <button type="submit">Zapisz</button>
    </form>
  );
}

function renderForm(onValid = jest.fn()) {
  renderWithMessages({ auth }, <Form onValid={onValid} />);
  return onValid;
}

describe("NewPasswordField (the one password rule in the browser)", () => {
  it("says as the person types why a password is refused, and when it is fine", async () => {
    renderForm();
    const user = userEvent.setup();
    const input = screen.getByLabelText("Hasło");
    await user.type(input, "kowalczyk1");
    expect(await screen.findByText(/To hasło jest zbyt łatwe do odgadnięcia/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(expect.stringContaining("zbyt łatwe"));
    await user.clear(input);
    await user.type(input, "krótkie");
    expect(await screen.findByText("Hasło musi mieć od 10 do 128 znaków")).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, "Piernik-Wisla-Kopernik-7");
    expect(await screen.findByText("Hasło spełnia wymagania.")).toBeInTheDocument();
  });

  it("refuses to submit a guessable password with the same rule as the server", async () => {
    const onValid = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Hasło"), "qwertyuiop123");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/zbyt łatwe do odgadnięcia/);
    expect(onValid).not.toHaveBeenCalled();
  });
});
