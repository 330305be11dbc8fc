import { fileBrowser, settled, signIn, signUp, uniqueEmail, withOneVisitor } from "./helpers";

const browser = fileBrowser();

describe("signing up, in and out", () => {
  it("a resident signs up from the home page and is signed in with their name in the header", async () => {
    await withOneVisitor(browser(), "resident-sign-up", async (page) => {
      await page.goto("/");
      await page.getByRole("banner").getByRole("link", { name: "Załóż konto" }).click();
      await page.getByRole("heading", { level: 1, name: "Załóż konto" }).waitFor();
      await signUp(page, { name: "Anna Mieszkanka", email: uniqueEmail("anna"), password: "Torun-2026-bezpiecznie" });
      const banner = page.getByRole("banner");
      await banner.getByText("Zalogowano jako Anna Mieszkanka").waitFor();
      await banner.getByRole("link", { name: "Moje konto" }).waitFor();
      expect(await banner.getByRole("link", { name: "Panel urzędnika" }).count()).toBe(0);
    });
  });

  it("shows field errors from the server next to the fields", async () => {
    await withOneVisitor(browser(), "sign-up-errors", async (page) => {
      await page.goto("/signup");
      // The form applies the server's password rule: a guessable password is refused with the reason.
      await signUp(page, { name: "Jan Łatwy", email: "haslo12345@example.test", password: "haslo12345" });
      const password = page.getByLabel("Hasło", { exact: true });
      await page.getByRole("alert").filter({ hasText: "To hasło jest zbyt łatwe do odgadnięcia" }).waitFor();
      expect(await password.getAttribute("aria-invalid")).toBe("true");
    });
  });

  it("the demo PES member signs in and out", async () => {
    await withOneVisitor(browser(), "pes-sign-in-out", async (page) => {
      await page.goto("/");
      await page.getByRole("banner").getByRole("link", { name: "Zaloguj się" }).click();
      await signIn(page, "pes@example.org");
      const banner = page.getByRole("banner");
      await banner.getByText(/Zalogowano jako .+ \(Przedstawiciel PES\)/).waitFor();
      await banner.getByRole("link", { name: "Wyloguj się" }).click();
      await page.getByRole("heading", { level: 1, name: "Wylogowanie" }).waitFor();
      await settled(page);
      await page.getByRole("main").getByRole("button", { name: "Wyloguj się" }).click();
      await banner.getByRole("link", { name: "Zaloguj się" }).waitFor();
      expect(await banner.getByText(/Zalogowano jako/).count()).toBe(0);
    });
  });

  it("a wrong password gets a generic error and no session", async () => {
    await withOneVisitor(browser(), "wrong-password", async (page) => {
      await page.goto("/signin");
      await settled(page);
      await page.getByLabel("Adres e-mail", { exact: true }).fill("pes@example.org");
      await page.getByLabel("Hasło", { exact: true }).fill("not-the-password-1");
      await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
      await page.getByRole("alert").getByText("Nieprawidłowy e-mail lub hasło.").waitFor();
      expect(await page.getByRole("banner").getByText(/Zalogowano jako/).count()).toBe(0);
    });
  });
});
