import type { Page } from "playwright-core";
import { adminNav, expectNoSidewaysScroll, fileBrowser, header, journeyAtEverySize, mainNav, openFilters, settled, signedInPage, withVisitors } from "./helpers";
import { createTrainingForAll } from "./trainings";

const browser = fileBrowser();

/** From the home page to the training's page, through the list filtered by its unique topic. */
async function openTraining(page: Page, topic: string, title: string): Promise<void> {
  await page.goto("/");
  await (await mainNav(page)).getByRole("link", { name: "Szkolenia i spotkania" }).click();
  await page.getByRole("heading", { level: 1, name: "Szkolenia i spotkania" }).waitFor();
  await openFilters(page);
  await page.getByLabel("Temat", { exact: true }).fill(topic);
  await page.getByRole("button", { name: /^Pokaż / }).click();
  await page.waitForURL(/topic=/);
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await settled(page);
}

const registration = (page: Page) => page.getByRole("complementary", { name: "Zapisy" });

journeyAtEverySize("a PES member and an official take the two seats, a resident waits, and is promoted when the PES member cancels", async (viewport) => {
  const suffix = Date.now().toString(36);
  const title = `Wspólne szkolenie z zamówień społecznych ${suffix}`;
  const topic = `zamówienia-${suffix}`;

  const errors = await withVisitors(browser(), `journey-trainings-${viewport}`, { count: 3, viewport, watchErrors: true }, async ([officialCtx, pesCtx, residentCtx]) => {
    // The official creates a small joint training for all three groups.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/");
    await (await header(official)).getByRole("link", { name: "Panel urzędnika" }).click();
    await (await adminNav(official)).getByRole("link", { name: "Szkolenia" }).click();
    await official.getByRole("link", { name: "Nowe wydarzenie" }).click();
    await official.getByRole("heading", { level: 1, name: "Nowe szkolenie lub spotkanie" }).waitFor();
    await createTrainingForAll(official, { title, place: "Sala sesyjna, Urząd Miasta", topic, days: 10, from: 10, to: 13 });

    // The PES member takes the first seat.
    const pes = await signedInPage(pesCtx, "pes@example.org");
    await openTraining(pes, topic, title);
    await registration(pes).getByRole("button", { name: "Zapisz się", exact: true }).click();
    await registration(pes).getByTestId("registration-state").getByText("Masz potwierdzone miejsce.").waitFor();

    // The official takes the second.
    await openTraining(official, topic, title);
    await registration(official).getByRole("button", { name: "Zapisz się", exact: true }).click();
    await registration(official).getByTestId("registration-state").getByText("Masz potwierdzone miejsce.").waitFor();

    // The resident finds the training full and joins the waiting list.
    const resident = await signedInPage(residentCtx, "resident@example.org");
    await openTraining(resident, topic, title);
    await registration(resident).getByRole("button", { name: "Zapisz się na listę rezerwową" }).click();
    await registration(resident).getByTestId("registration-state").getByText("Jesteś na liście rezerwowej – pozycja 1.").waitFor();

    // The PES member cancels (after confirming the dialog)…
    await pes.reload();
    await settled(pes);
    pes.once("dialog", (d) => void d.accept());
    await registration(pes).getByRole("button", { name: "Zrezygnuj" }).click();
    await registration(pes).getByText("Zrezygnowano z udziału.").waitFor();

    // …and the resident's page now shows a confirmed seat.
    await resident.reload();
    await registration(resident).getByTestId("registration-state").getByText("Masz potwierdzone miejsce.").waitFor();

    // The PES member changes their mind: back, on the waiting list this time…
    await pes.reload();
    await settled(pes);
    await registration(pes).getByRole("button", { name: "Zapisz się na listę rezerwową" }).click();
    await registration(pes).getByTestId("registration-state").getByText("Jesteś na liście rezerwowej – pozycja 1.").waitFor();

    // …and "Moje zapisy" shows the training once, in its current state, with its actions;
    // cancelling there is confirmed visibly where it happened, and focus goes to it.
    await (await header(pes)).getByRole("link", { name: "Moje konto" }).click();
    await pes.getByRole("link", { name: "Moje zapisy na szkolenia" }).click();
    await pes.getByRole("heading", { level: 1, name: "Moje zapisy" }).waitFor();
    await settled(pes);
    const card = pes.getByTestId("registration-row").filter({ hasText: title });
    expect(await card.count()).toBe(1);
    await card.getByTestId("registration-status").getByText("Lista rezerwowa").waitFor();
    await card.getByRole("link", { name: /Dodaj do kalendarza/ }).waitFor();
    await expectNoSidewaysScroll(pes);
    pes.once("dialog", (d) => void d.accept());
    await card.getByRole("button", { name: /^Zrezygnuj/ }).click();
    const done = card.getByRole("status").filter({ hasText: `Zrezygnowano z udziału w „${title}”.` });
    await done.waitFor();
    expect(await done.isVisible()).toBe(true);
    await pes.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "action-status");
    await card.getByTestId("registration-status").getByText("Zrezygnowano").waitFor();
    expect(await card.getByRole("button", { name: /^Zrezygnuj/ }).count()).toBe(0);
  });
  expect(errors).toEqual([]);
});
