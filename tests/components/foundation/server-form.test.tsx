import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionStatus } from "../../../app/components/forms/action-status";
import { useServerForm } from "../../../app/components/forms/server-form";
import type { ApiResult } from "../../../app/lib/graphql-client";

/**
 * useServerForm (app/components/forms/server-form.ts): a form's API call and its outcome —
 * the refused fields under the fields, the rest in the form's ActionStatus, focused.
 */
function Form({ answer }: { answer: (title: string) => Promise<ApiResult<{ id: string }>> }) {
  const { register, formState, status, show, submit, refused } = useServerForm<{ title: string }>({ defaultValues: { title: "" } });
  const onSubmit = submit(async (v) => {
    const res = await answer(v.title);
    if (refused(res, (e) => (e.code === "FORBIDDEN" ? "Not yours" : "Try again"))) return;
    show("success", `Saved ${res.data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionStatus status={status} />
      <label htmlFor="title">Title</label>
      <input id="title" aria-describedby="title-error" {...register("title", { required: "Required" })} />
      {formState.errors.title && <p id="title-error">{formState.errors.title.message}</p>}
      <button type="submit">Save</button>
    </form>
  );
}

const refusal = (code: string, fields?: Record<string, string>) => ({ error: { code, message: "Refused", fields } });

describe("useServerForm", () => {
  it("checks the fields before calling the API", async () => {
    const answer = jest.fn();
    render(<Form answer={answer} />);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Required")).toBeInTheDocument();
    expect(answer).not.toHaveBeenCalled();
  });

  it("puts a refused field's message under the field (focused), and what no field can show in the status", async () => {
    const answer = jest
      .fn()
      .mockResolvedValueOnce(refusal("BAD_USER_INPUT", { "input.title": "Too short" }))
      .mockResolvedValueOnce(refusal("BAD_USER_INPUT", { "input.other": "Unknown thing" }));
    render(<Form answer={answer} />);
    await userEvent.type(screen.getByLabelText("Title"), "ab");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Too short")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    // The pressed button was disabled while the call ran: the refused field takes the focus.
    expect(screen.getByLabelText("Title")).toHaveFocus();

    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Unknown thing");
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it("words any other refusal through `otherwise`, and clears it on the next submit", async () => {
    const answer = jest.fn().mockResolvedValueOnce(refusal("FORBIDDEN")).mockResolvedValueOnce({ data: { id: "7" } });
    render(<Form answer={answer} />);
    await userEvent.type(screen.getByLabelText("Title"), "Mine");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Not yours");

    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Saved 7");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
