import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import notifications from "../../../app/i18n/messages/pl/notifications.json";
import premises from "../../../app/i18n/messages/pl/premises.json";
import privacy from "../../../app/i18n/messages/pl/privacy.json";
import { AcceptTermsButton } from "../../../app/components/terms/accept-terms-button";
import { MarkReadButton } from "../../../app/account/notifications/mark-read";
import { DeleteButton } from "../../../app/admin/premises/delete-button";
import { graphqlRefusal, graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { refresh } = require("../../helpers/router") as typeof import("../../helpers/router");

/**
 * Two buttons that run one action each (useBusyAction / useBusy): disabled while it runs,
 * the outcome shown after, the list refreshed only when it worked.
 */
const fetchSpy = spyOnFetchEachTest();

/** Clicks the button named `name` with the API's answer held back, checks it is disabled meanwhile, and gives the answer to send. */
async function clickHeld(name: string) {
  let answer: (r: Response) => void = () => {};
  fetchSpy().mockImplementation(() => new Promise<Response>((r) => (answer = r)));
  await userEvent.setup().click(screen.getByRole("button", { name }));
  expect(screen.getByRole("button", { name })).toBeDisabled();
  return (r: Response) => answer(r);
}

describe("MarkReadButton", () => {
  it("is disabled while marking, then says so, focused, and refreshes the list", async () => {
    renderWithMessages({ notifications }, <MarkReadButton id="n-1" label="Oznacz jako przeczytane" />);
    const answer = await clickHeld("Oznacz jako przeczytane");
    expect(requestBody(fetchSpy()).variables).toEqual({ ids: ["n-1"] });
    answer(graphqlResponse({ data: { markNotificationsRead: true } }));
    expect(await screen.findByRole("status")).toHaveTextContent(notifications.marked);
    expect(screen.getByRole("status")).toHaveFocus();
    expect(screen.getByRole("button", { name: "Oznacz jako przeczytane" })).toBeEnabled();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("says it failed and leaves the list as it is", async () => {
    fetchSpy().mockResolvedValue(graphqlRefusal("INTERNAL_SERVER_ERROR"));
    renderWithMessages({ notifications }, <MarkReadButton label="Oznacz wszystkie" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Oznacz wszystkie" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(notifications.failed);
    expect(requestBody(fetchSpy()).variables).toEqual({ ids: null });
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("DeleteButton (premises, back office)", () => {
  let confirmSpy: jest.SpyInstance;
  beforeEach(() => (confirmSpy = jest.spyOn(window, "confirm").mockReturnValue(true)));
  afterEach(() => confirmSpy.mockRestore());

  it("is disabled while deleting and refreshes the list after", async () => {
    renderWithMessages({ premises }, <DeleteButton id="p-1" address="ul. Długa 1" />);
    const answer = await clickHeld("Usuń: ul. Długa 1");
    answer(graphqlResponse({ data: { deletePremises: true } }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Usuń: ul. Długa 1" })).toBeEnabled());
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says it failed beside the button, and does nothing when not confirmed", async () => {
    fetchSpy().mockResolvedValue(graphqlRefusal("FORBIDDEN"));
    renderWithMessages({ premises }, <DeleteButton id="p-1" address="ul. Długa 1" />);
    const user = userEvent.setup();
    confirmSpy.mockReturnValueOnce(false);
    await user.click(screen.getByRole("button", { name: "Usuń: ul. Długa 1" }));
    expect(fetchSpy()).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Usuń: ul. Długa 1" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(premises.admin.deleteFailed);
    expect(screen.getByRole("button", { name: "Usuń: ul. Długa 1" })).toBeEnabled();
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("AcceptTermsButton", () => {
  it("says a refused acceptance failed and still refreshes, so the banner shows the version now in force", async () => {
    fetchSpy().mockResolvedValue(graphqlRefusal("BAD_USER_INPUT"));
    renderWithMessages({ privacy }, <AcceptTermsButton version="2026-01" />);
    await userEvent.setup().click(screen.getByRole("button", { name: privacy.terms.accept }));
    expect(await screen.findByRole("alert")).toHaveTextContent(privacy.terms.failed);
    expect(requestBody(fetchSpy()).variables).toEqual({ version: "2026-01" });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("refreshes without a message once accepted", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { acceptTerms: { mustAccept: false } } }));
    renderWithMessages({ privacy }, <AcceptTermsButton version="2026-01" />);
    await userEvent.setup().click(screen.getByRole("button", { name: privacy.terms.accept }));
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});
