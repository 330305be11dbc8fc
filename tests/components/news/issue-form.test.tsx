import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import news from "../../../app/i18n/messages/pl/news.json";
import { IssueForm } from "../../../app/admin/news/newsletter/issue-form";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

describe("IssueForm", () => {
  it("says a refusal that names no field in the form's own words, not the server's", async () => {
    answerWith({ error: { code: "FORBIDDEN", message: "Forbidden: requires EDITOR" } });
    renderWithMessages({ news }, <IssueForm issueId="i1" posts={[{ id: "p1", title: "Wiadomość" }]} initial={{ subject: "Maj w PES", intro: "", postIds: ["p1"] }} />);
    await userEvent.setup().click(screen.getByRole("button", { name: news.newsletter.admin.save }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(news.newsletter.admin.errors.generic);
    expect(alert).not.toHaveTextContent("Forbidden");
    expect(alert).toHaveFocus();
  });
  it("takes the person to the list of news, with its message, when none is chosen", async () => {
    renderWithMessages({ news }, <IssueForm issueId={null} posts={[{ id: "p1", title: "Wiadomość" }, { id: "p2", title: "Druga" }]} initial={{ subject: "Maj w PES", intro: "", postIds: [] }} />);
    await userEvent.setup().click(screen.getByRole("button", { name: news.newsletter.admin.create }));
    expect(await screen.findByRole("alert")).toHaveTextContent(news.newsletter.admin.postsHint);
    expect(screen.getByRole("checkbox", { name: "Wiadomość" })).toHaveFocus();
    expect(calls).toEqual([]);
  });
});
