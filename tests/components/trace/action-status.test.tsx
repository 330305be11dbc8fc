import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionStatus, useActionStatus } from "../../../app/components/forms/action-status";

function Demo() {
  const { status, show, clear } = useActionStatus();
  return (
    <div>
      <button onClick={() => show("success", "Wysłano zapytanie.")}>send</button>
      <button onClick={() => show("error", "Nie udało się.")}>fail</button>
      <button onClick={clear}>clear</button>
      <ActionStatus status={status} />
    </div>
  );
}

describe("ActionStatus", () => {
  it("shows the confirmation visibly and moves focus to it", async () => {
    const user = userEvent.setup();
    render(<Demo />);
    expect(screen.queryByTestId("action-status")).toBeNull();
    await user.click(screen.getByText("send"));
    const msg = screen.getByRole("status");
    expect(msg).toHaveTextContent("Wysłano zapytanie.");
    expect(msg).toBeVisible();
    expect(msg).not.toHaveClass("visually-hidden");
    expect(msg).toHaveClass("alert-success");
    expect(msg).toHaveFocus();
  });

  it("focuses the same message again when the action is repeated", async () => {
    const user = userEvent.setup();
    render(<Demo />);
    await user.click(screen.getByText("send"));
    await user.click(screen.getByText("send"));
    expect(screen.getByRole("status")).toHaveFocus();
  });

  it("marks errors as alerts and clears", async () => {
    const user = userEvent.setup();
    render(<Demo />);
    await user.click(screen.getByText("fail"));
    expect(screen.getByRole("alert")).toHaveTextContent("Nie udało się.");
    expect(screen.getByRole("alert")).toHaveFocus();
    await user.click(screen.getByText("clear"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps the live region in the page before any message, and does not steal focus for an initial status", () => {
    const { container } = render(<ActionStatus status={{ kind: "info", text: "Zapisano.", seq: 0 }} />);
    expect(container.querySelector("[aria-live]")).not.toBeNull();
    expect(screen.getByRole("status")).not.toHaveFocus();
    act(() => undefined);
  });
});
