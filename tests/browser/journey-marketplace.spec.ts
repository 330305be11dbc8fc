import { fileBrowser, journeyAtEverySize, mainNav, openFilters, settled, signedInPage, withVisitors } from "./helpers";
import { newNoticeForm } from "./marketplace";

const browser = fileBrowser();

/** "YYYY-MM-DD" `days` from today, the value a date input takes. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

journeyAtEverySize("a PES offers equipment to lend, another PES books dates, and the owner approves", async (viewport) => {
  const suffix = Date.now().toString(36);
  const title = `Namiot 3×6 m na festyny ${suffix}`;
  const message = `Na festyn sąsiedzki na Rubinkowie (${suffix}).`;

  const errors = await withVisitors(browser(), `journey-marketplace-${viewport}`, { count: 2, viewport, watchErrors: true }, async ([ownerCtx, borrowerCtx]) => {
    // The owner offers the tent to lend.
    const owner = await signedInPage(ownerCtx, "pes@example.org");
    await owner.goto("/");
    await (await mainNav(owner)).getByRole("link", { name: "Giełda" }).click();
    await owner.getByRole("heading", { level: 2, name: "Baza sprzętu" }).waitFor();
    await owner.getByRole("link", { name: "Dodaj ogłoszenie" }).click();
    const form = await newNoticeForm(owner);
    await form.getByRole("radio", { name: "Użyczę" }).check();
    await form.getByLabel("Tytuł", { exact: true }).fill(title);
    await form.getByLabel("Opis", { exact: true }).fill("Namiot ze ścianami bocznymi, rozkładany w 2 osoby. Odbiór z Rubinkowa.");
    await form.getByLabel("Kategoria").fill("namioty");
    await form.getByLabel("Osiedle").selectOption("Rubinkowo");
    await form.getByRole("button", { name: "Dodaj ogłoszenie" }).click();
    await owner.waitForURL(/\/marketplace\/equipment\/[0-9a-f-]{36}$/);
    await owner.getByRole("heading", { level: 1, name: title }).waitFor();
    await owner.getByText("Brak zatwierdzonych rezerwacji — wszystkie dni są wolne.").waitFor();

    // Another PES finds it and asks for three days.
    const borrower = await signedInPage(borrowerCtx, "pes2@example.org");
    await borrower.goto("/");
    await (await mainNav(borrower)).getByRole("link", { name: "Giełda" }).click();
    await borrower.getByRole("heading", { level: 2, name: "Baza sprzętu" }).waitFor();
    await openFilters(borrower);
    const search = borrower.getByRole("main").getByRole("search");
    await search.getByLabel("Szukaj", { exact: true }).fill(`festyny ${suffix}`);
    await search.getByRole("button", { name: /^Pokaż / }).click();
    await borrower.waitForURL(/q=/);
    await borrower.getByRole("link", { name: title }).click();
    await borrower.getByRole("heading", { level: 1, name: title }).waitFor();
    await settled(borrower);
    const booking = borrower.getByRole("form", { name: "Poproś o użyczenie" });
    await booking.getByLabel("Od (pierwszy dzień)").fill(isoDay(20));
    await booking.getByLabel("Do (ostatni dzień)").fill(isoDay(22));
    await booking.getByLabel("Wiadomość do właściciela (opcjonalnie)").fill(message);
    await booking.getByRole("button", { name: "Wyślij prośbę" }).click();
    await borrower.getByText("Prośba wysłana. Status znajdziesz w „Moje rezerwacje”.").waitFor();

    // The owner sees the request and approves it.
    await owner.reload();
    const requests = owner.getByRole("region", { name: "Prośby o użyczenie" });
    const row = requests.getByRole("row").filter({ hasText: message });
    await row.getByRole("cell", { name: "Oczekuje" }).waitFor();
    await settled(owner);
    await row.getByRole("button", { name: "Zatwierdź" }).click();
    await row.getByRole("cell", { name: "Zatwierdzona" }).waitFor();
    await owner.getByRole("region", { name: "Zajęte terminy" }).getByRole("listitem").first().waitFor();

    // The borrower's bookings show the approval.
    await borrower.goto("/marketplace");
    await borrower.getByRole("link", { name: "Moje rezerwacje" }).click();
    await borrower.getByRole("heading", { level: 1, name: "Moje rezerwacje" }).waitFor();
    await borrower.getByRole("row").filter({ hasText: title }).getByRole("cell", { name: "Zatwierdzona" }).waitFor();
  });
  expect(errors).toEqual([]);
});
