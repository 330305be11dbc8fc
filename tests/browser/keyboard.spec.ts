import { fileBrowser, settled, tabTo, uniqueEmail, withOneVisitor } from "./helpers";

const browser = fileBrowser();

it("a person signs up and signs out with the keyboard only", async () => {
  await withOneVisitor(browser(), "keyboard-sign-up", async (page) => {
    await page.goto("/");
    await settled(page);

    // The skip link comes first and moves focus to the content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Przejdź do treści");

    await tabTo(page, "Załóż konto");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Załóż konto" }).waitFor();
    await settled(page);

    // Account type: arrow keys move between the radios.
    await tabTo(page, "Osoba fizyczna");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByLabel("Podmiot ekonomii społecznej", { exact: true }).isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");

    await tabTo(page, "Imię i nazwisko");
    await page.keyboard.type("Klara Klawiatura");
    await page.keyboard.press("Tab");
    await page.keyboard.type(uniqueEmail("klara"));
    await page.keyboard.press("Tab");
    await page.keyboard.type("krotkie"); // too short: the error is announced and focus stays usable
    await page.keyboard.press("Enter");
    await page.getByRole("alert").getByText("Hasło musi mieć od 10 do 128 znaków").waitFor();
    await page.getByLabel("Hasło", { exact: true }).focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Klawiatura-Torun-2026");
    // The required terms box comes right after the password.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("acceptTerms");
    await page.keyboard.press("Space");
    await page.getByLabel("Hasło", { exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("banner").getByText("Zalogowano jako Klara Klawiatura").waitFor();

    await page.keyboard.press("Tab");
    await tabTo(page, "Wyloguj się");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Wylogowanie" }).waitFor();
    await settled(page);
    await tabTo(page, "Wyloguj się");
    // The header link and the page's button share the name; Enter on a link would only reload.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|BUTTON)$/);
    if ((await page.evaluate(() => document.activeElement?.tagName)) === "A") await tabTo(page, "Wyloguj się");
    await page.keyboard.press("Enter");
    await page.getByRole("banner").getByRole("link", { name: "Zaloguj się" }).waitFor();
  });
});
