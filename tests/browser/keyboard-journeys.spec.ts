import type { Page } from "playwright-core";
import { DEMO_PASSWORD, fileBrowser, settled, signedInPage, tabTo, withVisitors } from "./helpers";
import { createTrainingForAll } from "./trainings";

/*
 * Journeys 1 and 2 with the keyboard only: Tab, Enter, Space and arrows; nothing is
 * clicked by the people under test. (Setting the scene — the official creating the
 * training — uses the ordinary form, as journey-trainings.spec.ts tests it already.)
 */

const browser = fileBrowser();

/** Signs in from the home page with the keyboard. */
async function keyboardSignIn(page: Page, email: string): Promise<void> {
  await page.goto("/");
  await settled(page);
  await tabTo(page, "Zaloguj się");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Logowanie" }).waitFor();
  await settled(page);
  await tabTo(page, "Adres e-mail");
  await page.keyboard.type(email);
  await tabTo(page, "Hasło");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.getByRole("banner").getByText(/Zalogowano jako/).waitFor();
}

/** Follows a main-menu link with the keyboard from wherever the page is. */
async function keyboardNavigate(page: Page, link: string, heading: string): Promise<void> {
  await page.goto("/");
  await settled(page);
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  await settled(page);
}

it("keyboard only: a PES member searches premises by area, rent and district and sends an enquiry", async () => {
  const message = `Klawiaturą: szukamy lokalu na pracownię (${Date.now().toString(36)}).`;

  await withVisitors(browser(), "keyboard-journey-premises", { count: 2 }, async ([pesCtx, officialCtx]) => {
    const pes = await pesCtx.newPage();
    await keyboardSignIn(pes, "pes@example.org");
    await keyboardNavigate(pes, "Baza lokali", "Baza lokali");

    await tabTo(pes, "Powierzchnia od");
    await pes.keyboard.type("15");
    await pes.keyboard.press("Tab");
    await pes.keyboard.type("200");
    await tabTo(pes, "Czynsz od");
    await pes.keyboard.type("300");
    await pes.keyboard.press("Tab");
    await pes.keyboard.type("6000");
    // The district list is a <details>: Enter opens it, Space ticks a checkbox.
    await tabTo(pes, "Osiedla");
    await pes.keyboard.press("Enter");
    await tabTo(pes, /^Stare Miasto/);
    await pes.keyboard.press("Space");
    expect(await pes.getByRole("checkbox", { name: /^Stare Miasto/ }).isChecked()).toBe(true);
    await tabTo(pes, /^Pokaż /);
    await pes.keyboard.press("Enter");
    await pes.waitForURL(/districts=Stare/);
    expect(pes.url()).toMatch(/areaMin=15/);
    expect(pes.url()).toMatch(/rentMax=6000/);
    const results = pes.getByRole("region", { name: "Wyniki wyszukiwania" }).getByRole("article");
    await results.first().waitFor();
    await settled(pes);
    const address = (await results.first().getByRole("heading").getByRole("link").textContent())!.trim();

    await tabTo(pes, address, 200);
    await pes.keyboard.press("Enter");
    await pes.getByRole("heading", { level: 1, name: address }).waitFor();
    await settled(pes);
    await tabTo(pes, "Wiadomość do urzędnika", 200);
    await pes.keyboard.type(message);
    await tabTo(pes, "Wyślij zapytanie");
    await pes.keyboard.press("Enter");
    await pes.getByRole("status").getByText("Wysłano. Urzędnik odpowie na Twój adres e-mail").waitFor();

    // The official's inbox has it.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/admin/premises/enquiries?all=1");
    await official.getByRole("article").filter({ hasText: message }).getByRole("link", { name: address }).waitFor();
  });
});

/** From the home page to the training, through the list filtered by its topic, by keyboard. */
async function keyboardOpenTraining(page: Page, topic: string, title: string): Promise<void> {
  await keyboardNavigate(page, "Szkolenia i spotkania", "Szkolenia i spotkania");
  await tabTo(page, "Temat");
  await page.keyboard.type(topic);
  await page.keyboard.press("Enter");
  await page.waitForURL(/topic=/);
  await page.getByRole("link", { name: title }).waitFor();
  await settled(page);
  await tabTo(page, title, 120);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await settled(page);
}

const state = (page: Page) => page.getByRole("complementary", { name: "Zapisy" }).getByTestId("registration-state");

/** Opens the training by keyboard, tabs to `button`, presses `key` on it and waits for the registration state `then`. */
async function keyboardRegister(page: Page, topic: string, title: string, button: string, key: "Enter" | "Space", then: string): Promise<void> {
  await keyboardOpenTraining(page, topic, title);
  await tabTo(page, button);
  await page.keyboard.press(key);
  await state(page).getByText(then).waitFor();
}

it("keyboard only: a PES member and an official register, a resident waits, and is promoted when the PES member cancels", async () => {
  const suffix = Date.now().toString(36);
  const title = `Szkolenie z dostępności cyfrowej ${suffix}`;
  const topic = `dostępność-${suffix}`;

  await withVisitors(browser(), "keyboard-journey-trainings", { count: 3 }, async ([officialCtx, pesCtx, residentCtx]) => {
    // The scene: a training with two seats for officials, PES and residents.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/admin/trainings/new");
    await createTrainingForAll(official, { title, place: "Centrum Inicjatyw Społecznych", topic, days: 12, from: 9, to: 12 });

    // From here on: keyboard only.
    const pes = await pesCtx.newPage();
    await keyboardSignIn(pes, "pes@example.org");
    await keyboardRegister(pes, topic, title, "Zapisz się", "Enter", "Masz potwierdzone miejsce.");

    const officialKb = await officialCtx.newPage();
    await keyboardRegister(officialKb, topic, title, "Zapisz się", "Space", "Masz potwierdzone miejsce.");

    const resident = await residentCtx.newPage();
    await keyboardSignIn(resident, "resident@example.org");
    await keyboardRegister(resident, topic, title, "Zapisz się na listę rezerwową", "Enter", "Jesteś na liście rezerwowej – pozycja 1.");

    // The confirmation dialog is answered as with the keyboard's Enter.
    await pes.reload();
    await settled(pes);
    pes.once("dialog", (d) => void d.accept());
    await tabTo(pes, "Zrezygnuj", 120);
    await pes.keyboard.press("Enter");
    await pes.getByText("Zrezygnowano z udziału.").waitFor();

    await resident.reload();
    await state(resident).getByText("Masz potwierdzone miejsce.").waitFor();
  });
});
