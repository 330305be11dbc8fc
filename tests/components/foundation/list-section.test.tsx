import { render, screen } from "@testing-library/react";
import { ListSection } from "../../../app/components/list-section";

describe("a section of a page that holds one list", () => {
  it("is named by its heading and shows the list, what may be done above it and what follows", () => {
    const { container } = render(
      <ListSection name="questions" heading="Pytania" id="questions" className="stack" action={<a href="/x">Dodaj</a>} count={1} empty="Brak pytań" after={<form aria-label="Zadaj pytanie" />}>
        <ol>
          <li>Czy można?</li>
        </ol>
      </ListSection>,
    );
    const section = screen.getByRole("region", { name: "Pytania" });
    expect(section).toHaveAttribute("id", "questions");
    expect(section).toHaveClass("stack");
    expect(screen.getByRole("heading", { level: 2, name: "Pytania" })).toHaveAttribute("id", "questions-heading");
    expect(screen.getByRole("link", { name: "Dodaj" }).parentElement).toHaveClass("no-print");
    expect(screen.getByRole("listitem")).toHaveTextContent("Czy można?");
    expect(screen.queryByText("Brak pytań")).toBeNull();
    expect(container.querySelector("section > :last-child")).toBe(screen.getByRole("form", { name: "Zadaj pytanie" }));
  });

  it("says that an empty list is empty, and still shows what follows it", () => {
    render(
      <ListSection name="requests" heading="Prośby" count={0} empty="Nic tu nie ma" after={<a href="/all">Wszystkie</a>}>
        <ul />
      </ListSection>,
    );
    expect(screen.getByText("Nic tu nie ma")).toHaveClass("muted");
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.getByRole("link", { name: "Wszystkie" })).toBeInTheDocument();
  });

  it("is left out when its list is empty and it has no text to say so", () => {
    const { container } = render(
      <ListSection name="photos" heading="Zdjęcia" count={0}>
        <ul />
      </ListSection>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
