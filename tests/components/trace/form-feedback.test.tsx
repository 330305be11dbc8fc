import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import auth from "../../../app/i18n/messages/pl/auth.json";
import news from "../../../app/i18n/messages/pl/news.json";
import premises from "../../../app/i18n/messages/pl/premises.json";
import programme from "../../../app/i18n/messages/pl/programme.json";
import { JoinRequests } from "../../../app/account/join-requests";
import { SendButtons } from "../../../app/admin/news/newsletter/send-buttons";
import { PartnersManager } from "../../../app/admin/news/partners/partners-manager";
import { DeleteSavedSearch, SaveSearch } from "../../../app/premises/save-search";
import { ForgotPasswordForm } from "../../../app/signin/forgot/forgot-password-form";
import { answerWith } from "../../helpers/gql-client";
import { refresh } from "../../helpers/router";
import { renderWithMessages } from "../../helpers/intl";

/**
 * One feedback path for every form (app/components/forms/action-status.tsx): after an
 * action the page shows a visible message — success or refusal — and moves focus to it.
 * These forms used to keep their own live regions that only a screen reader noticed.
 */
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);
jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);

const wrap = (ui: ReactNode) =>
  renderWithMessages({ auth, news, premises, programme }, ui);
const refusal = (code = "INTERNAL_SERVER_ERROR") => ({ error: { code, message: "Nope" } });

/** The message is visible, of its kind, and has the focus. */
async function expectFocusedStatus(kind: "success" | "error", text: string) {
  const box = await screen.findByText(text);
  expect(box).toHaveClass(`alert-${kind}`);
  expect(box).toHaveAttribute("role", kind === "error" ? "alert" : "status");
  await waitFor(() => expect(box).toHaveFocus());
}

describe("visible, focused confirmation after every action", () => {
  it("save search: saved, and a refusal", async () => {
    const user = userEvent.setup();
    wrap(<SaveSearch filter={{}} suggestedName="Mokre" />);
    answerWith({ data: { savePremisesSearch: { id: "s1" } } });
    await user.click(screen.getByRole("button", { name: "Powiadamiaj mnie" }));
    await expectFocusedStatus("success", premises.alerts.saved);
    answerWith({ error: { code: "BAD_USER_INPUT", message: "x", fields: { name: "too many" } } });
    await user.click(screen.getByRole("button", { name: "Powiadamiaj mnie" }));
    await expectFocusedStatus("error", premises.alerts.limit);
    expect(screen.queryByText(premises.alerts.saved)).not.toBeInTheDocument();
  });

  it("deleting a saved search: a failure is said, not swallowed; one already gone counts as deleted", async () => {
    const user = userEvent.setup();
    wrap(<DeleteSavedSearch id="s1" name="Mokre" />);
    const button = screen.getByRole("button", { name: "Usuń zapisane wyszukiwanie: Mokre" });
    answerWith(refusal());
    await user.click(button);
    await expectFocusedStatus("error", premises.alerts.deleteFailed);
    expect(refresh).not.toHaveBeenCalled();
    answerWith(refusal("NOT_FOUND"));
    await user.click(button);
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(screen.queryByText(premises.alerts.deleteFailed)).not.toBeInTheDocument();
  });

  it("forgot password: the confirmation takes the form's place; a failure keeps the form", async () => {
    const user = userEvent.setup();
    wrap(<ForgotPasswordForm />);
    answerWith(refusal());
    await user.type(screen.getByLabelText(auth.lifecycle.forgot.email), "ala@example.org");
    await user.click(screen.getByRole("button", { name: auth.lifecycle.forgot.submit }));
    await expectFocusedStatus("error", auth.errors.generic);
    answerWith({ data: { requestPasswordReset: true } });
    await user.click(screen.getByRole("button", { name: auth.lifecycle.forgot.submit }));
    await expectFocusedStatus("success", auth.lifecycle.forgot.sent);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("join requests: a decision is confirmed", async () => {
    const user = userEvent.setup();
    wrap(<JoinRequests requests={[{ id: "r1", name: "Ola", email: "ola@example.org", createdAt: "2026-01-01T10:00:00Z" }]} />);
    answerWith({ data: { decideMembership: { id: "r1" } } });
    await user.click(screen.getByRole("button", { name: "Przyjmij: Ola" }));
    await expectFocusedStatus("success", auth.account.organization.decided);
  });

  it("newsletter sending: the test e-mail is confirmed, a refusal shown", async () => {
    const user = userEvent.setup();
    wrap(<SendButtons issueId="i1" />);
    answerWith({ data: { sendNewsletterTest: true } });
    await user.click(screen.getByRole("button", { name: news.newsletter.admin.sendTest }));
    await expectFocusedStatus("success", news.newsletter.admin.testSent);
    answerWith({ error: { code: "BAD_USER_INPUT", message: "Nie ma Twojego adresu" } });
    await user.click(screen.getByRole("button", { name: news.newsletter.admin.sendTest }));
    await expectFocusedStatus("error", "Nie ma Twojego adresu");
  });

  it("programme partners: a new order is confirmed", async () => {
    const user = userEvent.setup();
    const partners = ["A", "B"].map((name) => ({ id: name, name, url: "https://example.org", description: null, logoUrl: null }));
    wrap(<PartnersManager partners={partners} />);
    answerWith({ data: { reorderProgrammePartners: [] } });
    await user.click(screen.getByRole("button", { name: "W dół: A" }));
    await expectFocusedStatus("success", programme.admin.partners.orderSaved);
  });
});
