import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import notifications from "../../../app/i18n/messages/pl/notifications.json";
import { FollowButton } from "../../../app/components/follow/follow-button";
import { followByForm } from "../../../app/components/follow/follow-actions";
import { graphqlRefusal, graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

// The server action the button posts to without JavaScript (its module is server code).
jest.mock("../../../app/components/follow/follow-actions", () => ({ followByForm: jest.fn() }));

const fetchSpy = spyOnFetchEachTest();

const wrap = (following: boolean) =>
  renderWithMessages({ notifications }, <FollowButton kind="DISTRICT" value="Mokre" label="osiedle Mokre" following={following} />);

describe("FollowButton", () => {
  it("follows, says so, and shows the pressed state the API answered", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { follow: [{ kind: "DISTRICT", value: "Mokre" }] } }));
    wrap(false);
    await userEvent.setup().click(screen.getByRole("button", { name: "Obserwuj: osiedle Mokre" }));
    expect(requestBody(fetchSpy()).variables).toEqual({ kind: "DISTRICT", value: "Mokre" });
    expect(requestBody(fetchSpy()).query).toMatch(/follow\(kind/);
    expect(await screen.findByRole("status")).toHaveTextContent("Obserwujesz: osiedle Mokre.");
    expect(screen.getByRole("button", { name: "Przestań obserwować: osiedle Mokre" })).toHaveAttribute("aria-pressed", "true");
    expect(followByForm).not.toHaveBeenCalled();
  });

  it("stops following", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { unfollow: [] } }));
    wrap(true);
    await userEvent.setup().click(screen.getByRole("button", { name: "Przestań obserwować: osiedle Mokre" }));
    expect(requestBody(fetchSpy()).query).toMatch(/unfollow\(kind/);
    expect(await screen.findByRole("status")).toHaveTextContent("Nie obserwujesz już: osiedle Mokre.");
    expect(screen.getByRole("button", { name: "Obserwuj: osiedle Mokre" })).toHaveAttribute("aria-pressed", "false");
  });

  it("keeps the state and says so when the API refuses", async () => {
    fetchSpy().mockResolvedValue(graphqlRefusal("BAD_USER_INPUT", { value: "Nothing to follow by this value" }));
    wrap(false);
    await userEvent.setup().click(screen.getByRole("button", { name: "Obserwuj: osiedle Mokre" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(notifications.follow.failed);
    expect(screen.getByRole("button", { name: "Obserwuj: osiedle Mokre" })).toHaveAttribute("aria-pressed", "false");
  });

  it("without JavaScript posts what it follows and whether it does, and shows the outcome it came back with", () => {
    renderWithMessages(
      { notifications },
      <FollowButton kind="DISTRICT" value="Mokre" label="osiedle Mokre" following result={{ kind: "success", text: "Obserwujesz: osiedle Mokre." }} />,
    );
    const button = screen.getByRole("button", { name: "Przestań obserwować: osiedle Mokre" });
    expect(button).toHaveAttribute("type", "submit");
    expect(Object.fromEntries(new FormData(button.closest("form")!))).toEqual({ kind: "DISTRICT", value: "Mokre", label: "osiedle Mokre", following: "true" });
    expect(screen.getByRole("status")).toHaveTextContent("Obserwujesz: osiedle Mokre.");
    expect(screen.getByRole("status")).not.toHaveFocus();
  });
});
