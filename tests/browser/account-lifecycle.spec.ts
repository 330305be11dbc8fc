import type { Page } from "playwright-core";
import { apiSignUp, axeViolations, fileBrowser, mailedLink, settled, signIn, signUp, uniqueEmail, withOneVisitor, withVisitors } from "./helpers";

const browser = fileBrowser();

const TRAINING = "Zakupy prospołeczne na co dzień – warsztat dla mieszkańców";
const registration = (page: Page) => page.getByRole("complementary", { name: "Zapisy" });
const verifyBanner = (page: Page) => page.getByTestId("verify-email-banner");

it("a resident signs up, is told to confirm the address, opens the e-mailed link and registers for a training", async () => {
  const email = uniqueEmail("nowa-mieszkanka");
  await withVisitors(browser(), "account-verify", { count: 1 }, async ([ctx]) => {
    const page = await ctx.newPage();
    await page.goto("/signup");
    await signUp(page, { name: "Nowa Mieszkanka", email, password: "Piernik-Wisla-Kopernik-7" });
    await page.getByRole("banner").getByText("Zalogowano jako Nowa Mieszkanka").waitFor();

    // Until the link is opened, every page says so where the actions are, with "send again".
    await verifyBanner(page).getByText(/Potwierdź swój adres e-mail/).waitFor();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await verifyBanner(page).getByRole("button", { name: "Wyślij link ponownie" }).click();
    await verifyBanner(page).getByText("Wysłaliśmy nowy link.", { exact: false }).waitFor();

    // The link from the mailbox (the newest one) confirms the address.
    await page.goto(await mailedLink(email, "users.verify-email"));
    await page.getByText("Adres e-mail został potwierdzony", { exact: false }).waitFor();
    expect(await verifyBanner(page).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Now the account acts: a registration for an event open to residents.
    await page.goto("/trainings");
    await page.getByLabel("Temat", { exact: true }).fill("zakupy prospołeczne");
    await page.getByRole("button", { name: /^Pokaż / }).click();
    await page.waitForURL(/topic=/);
    await page.getByRole("link", { name: TRAINING }).click();
    await page.getByRole("heading", { level: 1, name: TRAINING }).waitFor();
    await settled(page);
    await registration(page).getByRole("button", { name: "Zapisz się", exact: true }).click();
    await registration(page).getByTestId("registration-state").getByText("Masz potwierdzone miejsce.").waitFor();
  });
});

it("a person who forgot the password asks for a link, sets a new password (told why a weak one fails) and signs in", async () => {
  const email = uniqueEmail("zapominalska");
  await apiSignUp({ email, password: "Stare-Haslo-Torun-2026", name: "Zofia Zapominalska", accountType: "RESIDENT" });
  await withOneVisitor(browser(), "account-reset", async (page) => {
    await page.goto("/signin");
    await page.getByRole("link", { name: "Nie pamiętasz hasła?" }).click();
    await page.getByRole("heading", { level: 1, name: "Nie pamiętasz hasła?" }).waitFor();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Adres e-mail", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Wyślij link" }).click();
    await page.getByText(/Jeśli konto z tym adresem istnieje/).waitFor();

    await page.goto(await mailedLink(email, "users.reset-password"));
    await page.getByRole("heading", { level: 1, name: "Ustaw nowe hasło" }).waitFor();
    await settled(page);
    const field = page.getByLabel("Nowe hasło", { exact: true });
    await field.fill("haslo12345");
    await page.getByText("To hasło jest zbyt łatwe do odgadnięcia", { exact: false }).waitFor();
    await field.fill("Nowe-Haslo-Nad-Wisla-2026");
    await page.getByText("Hasło spełnia wymagania.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ustaw hasło" }).click();
    await page.getByText("Hasło zostało zmienione. Zaloguj się nowym hasłem.").waitFor();
    await signIn(page, email, "Nowe-Haslo-Nad-Wisla-2026");
  });
});

it("changing the password keeps this session and signs out the other devices", async () => {
  const email = uniqueEmail("zmieniajacy");
  await apiSignUp({ email, password: "Pierwsze-Haslo-Torun-1", name: "Marek Zmieniający", accountType: "RESIDENT" });
  await withVisitors(browser(), "account-change-password", { count: 2 }, async ([here, elsewhere]) => {
    const other = await elsewhere.newPage();
    await signIn(other, email, "Pierwsze-Haslo-Torun-1");
    const page = await here.newPage();
    await signIn(page, email, "Pierwsze-Haslo-Torun-1");

    await page.goto("/account");
    await page.getByRole("link", { name: "Zmień hasło lub adres e-mail" }).click();
    await page.getByRole("heading", { level: 1, name: "Hasło i adres e-mail" }).waitFor();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    const form = page.getByRole("region", { name: "Zmiana hasła" });
    await form.getByLabel("Obecne hasło").fill("to-nie-jest-moje-haslo");
    await form.getByLabel("Nowe hasło", { exact: true }).fill("Drugie-Haslo-Nad-Wisla-2");
    await form.getByRole("button", { name: "Zmień hasło" }).click();
    await form.getByText("Nieprawidłowe hasło").waitFor();
    await form.getByLabel("Obecne hasło").fill("Pierwsze-Haslo-Torun-1");
    await form.getByRole("button", { name: "Zmień hasło" }).click();
    await form.getByText("Hasło zostało zmienione.", { exact: false }).waitFor();

    // This browser stays signed in (its cookie was re-issued) …
    await page.goto("/account");
    await page.getByRole("heading", { level: 1, name: "Moje konto" }).waitFor();
    await page.getByRole("banner").getByText("Zalogowano jako Marek Zmieniający").waitFor();
    // … the other device is signed out.
    await other.goto("/");
    await other.getByRole("banner").getByRole("link", { name: "Zaloguj się" }).waitFor();
    expect(await other.getByRole("banner").getByText(/Zalogowano jako/).count()).toBe(0);
  });
});
