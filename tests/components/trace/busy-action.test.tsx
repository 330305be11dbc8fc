import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ActionStatus, useBusy, useBusyAction } from "../../../app/components/forms/action-status";

/**
 * useBusyAction (app/components/forms/action-status.tsx): the one way a button runs an
 * action — disabled while it runs, the last message gone, the outcome shown and focused.
 */
function Button({ work }: { work: () => Promise<boolean> }) {
  const { status, show, busy, run } = useBusyAction();
  const go = async () => {
    const ok = await run(work);
    show(ok ? "success" : "error", ok ? "Done" : "Failed");
  };
  return (
    <>
      <ActionStatus status={status} />
      <button type="button" disabled={busy} onClick={go}>
        Go
      </button>
    </>
  );
}

describe("useBusyAction", () => {
  it("disables the button while the action runs, clears the last message, then shows the outcome focused", async () => {
    const user = userEvent.setup();
    let finish: (ok: boolean) => void = () => {};
    const work = jest.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    render(<Button work={work} />);
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(screen.getByRole("button", { name: "Go" })).toBeDisabled();
    finish(false);
    const failed = await screen.findByText("Failed");
    await waitFor(() => expect(failed).toHaveFocus());
    expect(screen.getByRole("button", { name: "Go" })).toBeEnabled();

    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(screen.queryByText("Failed")).not.toBeInTheDocument();
    finish(true);
    expect(await screen.findByText("Done")).toHaveClass("alert-success");
    expect(work).toHaveBeenCalledTimes(2);
  });

  it("gives the button back when the action throws", async () => {
    const user = userEvent.setup();
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    function Throwing() {
      const { busy, run } = useBusyAction();
      return (
        <button type="button" disabled={busy} onClick={() => run(() => Promise.reject(new Error("down"))).catch(() => {})}>
          Go
        </button>
      );
    }
    render(<Throwing />);
    await user.click(screen.getByRole("button", { name: "Go" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Go" })).toBeEnabled());
    errors.mockRestore();
  });
});

describe("useBusy", () => {
  it("disables the button while the action runs and leaves what the caller shows alone", async () => {
    const user = userEvent.setup();
    let finish: (v: string) => void = () => {};
    function Own() {
      const { busy, run } = useBusy();
      const [error, setError] = useState("Earlier refusal");
      return (
        <>
          <button type="button" disabled={busy} onClick={async () => setError(await run(() => new Promise<string>((r) => (finish = r))))}>
            Go
          </button>
          <span role="alert">{error}</span>
        </>
      );
    }
    render(<Own />);
    await user.click(screen.getByRole("button", { name: "Go" }));
    expect(screen.getByRole("button", { name: "Go" })).toBeDisabled();
    expect(screen.getByRole("alert")).toHaveTextContent("Earlier refusal");
    finish("Refused again");
    await waitFor(() => expect(screen.getByRole("button", { name: "Go" })).toBeEnabled());
    expect(screen.getByRole("alert")).toHaveTextContent("Refused again");
  });
});
