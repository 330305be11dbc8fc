import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionStatus, SavedNotice, useActionStatus } from "../../../app/components/forms/action-status";
import Link from "next/link";

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

function Kept({ version }: { version: number }) {
  const { status, show } = useActionStatus(null, "demo-form");
  return (
    <div>
      <p>version {version}</p>
      <button onClick={() => show("success", "Zapisano szkic.")}>save</button>
      <ActionStatus status={status} />
    </div>
  );
}

describe("ActionStatus kept across a re-mount (a page that resets its form after a save)", () => {
  it("shows the message again, focused, in the new copy of the form — once", async () => {
    const user = userEvent.setup();
    const { rerender, unmount } = render(<Kept key="v1" version={1} />);
    await user.click(screen.getByText("save"));
    // The page refreshes and re-mounts the form under a new key.
    rerender(<Kept key="v2" version={2} />);
    expect(screen.getByText("version 2")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Zapisano szkic.");
    expect(screen.getByRole("status")).toHaveFocus();
    unmount();
    // A later visit starts clean.
    render(<Kept key="v3" version={3} />);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("keeps nothing for a form without a name", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Demo key="a" />);
    await user.click(screen.getByText("send"));
    rerender(<Demo key="b" />);
    expect(screen.queryByRole("status")).toBeNull();
  });
});

describe("SavedNotice (a back-office page reached after a save)", () => {
  it("is the save's ActionStatus: a status in its live region, focused on arrival, with the link it carries", () => {
    const { container } = render(
      <SavedNotice>
        Zapisano lokal. <Link href="/premises/1">Zobacz</Link>
      </SavedNotice>,
    );
    const notice = screen.getByRole("status");
    expect(notice).toHaveTextContent("Zapisano lokal. Zobacz");
    expect(notice).toHaveClass("alert", "alert-success");
    expect(notice).toHaveAttribute("data-testid", "action-status");
    expect(notice).toHaveFocus();
    expect(container.querySelector("[aria-live]")).toContainElement(notice);
    expect(screen.getByRole("link", { name: "Zobacz" })).toHaveAttribute("href", "/premises/1");
  });

  it("takes the focus once: a re-render of its page leaves the focus where the person moved it", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<><button>elsewhere</button><SavedNotice>Zapisano.</SavedNotice></>);
    await user.click(screen.getByText("elsewhere"));
    rerender(<><button>elsewhere</button><SavedNotice>Zapisano.</SavedNotice></>);
    expect(screen.getByText("elsewhere")).toHaveFocus();
  });
});
