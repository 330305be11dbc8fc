import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import newsEn from "../../../app/i18n/messages/en/news.json";
import newsPl from "../../../app/i18n/messages/pl/news.json";
import { SubscribeForm } from "../../../app/newsletter/subscribe-form";
import { answerOperations, operations as calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientByOperation);

beforeEach(() => answerOperations(() => ({ data: { subscribeToNewsletter: true } })));

async function subscribe(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole("textbox"), email);
  await user.click(screen.getByRole("checkbox"));
  await user.click(screen.getByRole("button"));
  await waitFor(() => expect(calls).toHaveLength(1));
  return user;
}

describe("SubscribeForm language", () => {
  it("takes the page's language by default (English page → English e-mails)", async () => {
    renderWithMessages({ news: newsEn }, <SubscribeForm />, { locale: "en" });
    expect(screen.getByLabelText("Language of the e-mails")).toHaveValue("en");
    await subscribe("reader@example.org");
    expect(calls[0].vars).toEqual({ email: "reader@example.org", consent: true, locale: "en" });
  });

  it("lets a person on the Polish page choose English", async () => {
    renderWithMessages({ news: newsPl }, <SubscribeForm />);
    expect(screen.getByLabelText("Język wiadomości")).toHaveValue("pl");
    await userEvent.setup().selectOptions(screen.getByLabelText("Język wiadomości"), "en");
    await subscribe("osoba@example.org");
    expect(calls[0].vars.locale).toBe("en");
  });
});
