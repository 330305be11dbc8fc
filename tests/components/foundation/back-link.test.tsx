import { render, screen } from "@testing-library/react";
import { BackLink } from "../../../app/components/back-link";

describe("the link back above a page's heading", () => {
  it("draws the arrow itself and names the link by the page it leads to", () => {
    const { container } = render(<BackLink href="/account">Moje konto</BackLink>);
    const link = screen.getByRole("link", { name: "Moje konto" });
    expect(link).toHaveAttribute("href", "/account");
    expect(link).toHaveTextContent("← Moje konto");
    expect(container.querySelector("p")).toHaveClass("back-link", "no-print");
  });
});
