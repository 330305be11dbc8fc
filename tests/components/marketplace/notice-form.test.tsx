import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import marketplace from "../../../app/i18n/messages/pl/marketplace.json";
import { NoticeForm } from "../../../app/marketplace/equipment/notice-form";
import { fillIn } from "../../helpers/forms";
import { graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

const fetchSpy = spyOnFetchEachTest();

function renderForm(onCreated = jest.fn()) {
  renderWithMessages({ marketplace }, <NoticeForm onCreated={onCreated} />);
  return onCreated;
}

/** Renders a new notice's form, fills it as `fields` says and presses "Dodaj ogłoszenie", the API answering `answer`. */
async function send(fields: Parameters<typeof fillIn>[1], answer?: Response) {
  if (answer) fetchSpy().mockResolvedValue(answer);
  const onCreated = renderForm();
  const user = userEvent.setup();
  await fillIn(user, fields);
  await user.click(screen.getByRole("button", { name: "Dodaj ogłoszenie" }));
  return { onCreated, user };
}
const created = (id: string) => graphqlResponse({ data: { createEquipmentNotice: { id } } });
const sentBody = () => requestBody(fetchSpy());

describe("NoticeForm", () => {
  it("has a labelled control for every field", () => {
    renderForm();
    for (const label of ["Tytuł", "Opis", "Kategoria", "Stan", "Uwagi o stanie", "Osiedle", "Ważne do (opcjonalnie)", "Użyczę", "Oddam", "Wymienię", "Szukam"]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it("sends the trimmed input with empty optional fields as null, then reports the new id", async () => {
    const { onCreated } = await send({ Oddam: true, Tytuł: "  Biurko dębowe  ", Osiedle: "Mokre" }, created("n-1"));
    expect(onCreated).toHaveBeenCalledWith("n-1");
    expect(sentBody().variables.input).toEqual({
      kind: "GIVE_AWAY",
      title: "Biurko dębowe",
      description: null,
      category: null,
      condition: null,
      conditionNote: null,
      district: "Mokre",
      expiresAt: null,
      estimatedValue: null,
    });
  });

  it.each([
    [
      "sends the estimated value of any kind of notice, written with a comma too",
      { Oddam: true, Tytuł: "Regał", "Szacunkowa wartość w zł (opcjonalnie)": "120,50" } as const,
      { kind: "GIVE_AWAY", estimatedValue: 120.5 },
    ],
    [
      "offers the condition as translated codes and sends the code",
      { Tytuł: "Namiot", Stan: "Sprawny", "Uwagi o stanie": "brak jednej linki" },
      { condition: "WORKING", conditionNote: "brak jednej linki" },
    ],
  ])("%s", async (_name, fields, input) => {
    await send(fields, created("n-2"));
    expect(sentBody().variables.input).toMatchObject(input);
  });

  it("a LEND notice carries the conditions of the loan (a deposit written with a comma too); other kinds have none", async () => {
    const { user } = await send(
      { Tytuł: "Namiot 3×6 m", "Kaucja w zł (opcjonalnie)": "150,50", "Miejsce odbioru i zwrotu": " ul. Szeroka 1 ", "Godziny odbioru": "pn–pt 9–15" },
      created("n-2"),
    );
    expect(sentBody().variables.input).toMatchObject({ kind: "LEND", deposit: 150.5, pickupPlace: "ul. Szeroka 1", pickupHours: "pn–pt 9–15", loanNotes: null });
    await user.click(screen.getByLabelText("Oddam"));
    expect(screen.queryByLabelText("Kaucja w zł (opcjonalnie)")).not.toBeInTheDocument();
  });

  it("refuses a negative deposit before sending anything", async () => {
    await send({ Tytuł: "Namiot 3×6 m", "Kaucja w zł (opcjonalnie)": "-5" });
    expect(await screen.findByText("Nieprawidłowa wartość")).toBeInTheDocument();
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("refuses a too-short title before sending anything", async () => {
    const { onCreated } = await send({ Tytuł: "ab" });
    expect(await screen.findByText("Nieprawidłowa wartość")).toBeInTheDocument();
    expect(screen.getByLabelText("Tytuł")).toHaveAttribute("aria-invalid", "true");
    expect(fetchSpy()).not.toHaveBeenCalled();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("puts the server's BAD_USER_INPUT messages on the fields they name", async () => {
    const { onCreated } = await send(
      { Tytuł: "Namiot 3×6 m" },
      graphqlResponse({ data: null, errors: [{ message: "Invalid input", extensions: { code: "BAD_USER_INPUT", fields: { district: "Choose a district of Toruń" } } }] }),
    );
    expect(await screen.findByText("Choose a district of Toruń")).toBeInTheDocument();
    expect(screen.getByLabelText("Osiedle")).toHaveAttribute("aria-invalid", "true");
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("explains a FORBIDDEN refusal in an alert", async () => {
    await send({ Tytuł: "Namiot 3×6 m" }, graphqlResponse({ data: null, errors: [{ message: "Not allowed", extensions: { code: "FORBIDDEN" } }] }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Ogłoszenia dodają osoby prywatne i przedstawiciele PES.");
  });

  it("in edit mode starts from the notice's values and sends an update for that notice", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { updateEquipmentNotice: { id: "n-7" } } }));
    const onCreated = jest.fn();
    renderWithMessages({ marketplace }, <NoticeForm noticeId="n-7" onCreated={onCreated} initial={{ kind: "EXCHANGE", title: "Overlock", district: "Stawki" }} />);
    expect(screen.getByLabelText("Tytuł")).toHaveValue("Overlock");
    expect(screen.getByLabelText("Wymienię")).toBeChecked();
    await userEvent.setup().click(screen.getByRole("button", { name: "Zapisz zmiany" }));
    expect(onCreated).toHaveBeenCalledWith("n-7");
    const body = sentBody();
    expect(body.query).toContain("updateEquipmentNotice");
    expect(body.variables).toMatchObject({ id: "n-7", input: { kind: "EXCHANGE", title: "Overlock", district: "Stawki" } });
  });
});
