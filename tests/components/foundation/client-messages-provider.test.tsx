import { render, screen } from "@testing-library/react";
import { useTranslations } from "next-intl";
import { ClientMessagesProvider } from "../../../app/i18n/client-messages-provider";

function Label({ k }: { k: string }) {
  const t = useTranslations("premises");
  return <span>{t(k as "title")}</span>;
}

describe("ClientMessagesProvider", () => {
  it("translates what its section gives", () => {
    render(
      <ClientMessagesProvider locale="pl" messages={{ premises: { title: "Lokale" } }}>
        <Label k="title" />
      </ClientMessagesProvider>,
    );
    expect(screen.getByText("Lokale")).toBeInTheDocument();
  });

  it("throws outside production when a client component asks for a message its section does not give", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <ClientMessagesProvider locale="pl" messages={{ premises: { title: "Lokale" } }}>
          <Label k="filter.area" />
        </ClientMessagesProvider>,
      ),
    ).toThrow(/premises\.filter\.area/);
    quiet.mockRestore();
  });
});
