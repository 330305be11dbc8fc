import { fileBrowser, header, journeyAtEverySize, mainNav, openFilters, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

journeyAtEverySize("a PES member finds premises by area, rent and district, enquires, and the official reads it in the inbox", async (viewport) => {
  const message = `Szukamy siedziby na kawiarnię społeczną (${Date.now().toString(36)}). Prosimy o termin oglądania.`;

  const errors = await withVisitors(browser(), `journey-premises-${viewport}`, { count: 2, viewport, watchErrors: true }, async ([pesCtx, officialCtx]) => {
    const pes = await signedInPage(pesCtx, "pes@example.org");
    await pes.goto("/");
    await (await mainNav(pes)).getByRole("link", { name: "Baza lokali" }).click();
    await pes.getByRole("heading", { level: 1, name: "Baza lokali" }).waitFor();
    await settled(pes);

    // Area and rent first (on a phone, in the filter panel over the results).
    await openFilters(pes);
    const filters = pes.getByRole("search", { name: "Filtry wyszukiwania lokali" });
    await filters.getByLabel("Powierzchnia od").fill("15");
    await filters.getByLabel("Powierzchnia do").fill("200");
    await filters.getByLabel("Czynsz od").fill("300");
    await filters.getByLabel("Czynsz do").fill("6000");
    await filters.getByRole("button", { name: /^Pokaż / }).click();
    await pes.waitForURL(/areaMin=15/);
    expect(pes.url()).toMatch(/rentMax=6000/);
    await pes.getByRole("status").getByText(/Znaleziono \d+ lokal/).waitFor();
    await settled(pes);

    // Then one district.
    await openFilters(pes);
    await filters.locator("summary", { hasText: "Osiedla" }).click();
    await filters.getByRole("checkbox", { name: /^Stare Miasto/ }).check();
    await filters.getByRole("button", { name: /^Pokaż / }).click();
    await pes.waitForURL(/districts=Stare/);
    await pes.getByRole("status").getByText(/Znaleziono \d+ lokal/).waitFor();
    const results = pes.getByRole("region", { name: "Wyniki wyszukiwania" }).getByRole("article");
    await results.first().waitFor();
    for (const text of await results.allTextContents()) expect(text).toContain("Stare Miasto");

    // Open the first result and enquire.
    const link = results.first().getByRole("heading").getByRole("link");
    const address = (await link.textContent())!.trim();
    await link.click();
    await pes.getByRole("heading", { level: 1, name: address }).waitFor();
    await settled(pes);
    await pes.getByLabel("Wiadomość do urzędnika").fill(message);
    await pes.getByRole("button", { name: "Wyślij zapytanie" }).click();
    await pes.getByRole("status").getByText("Wysłano. Urzędnik odpowie na Twój adres e-mail").waitFor();

    // The official finds it in the enquiries inbox.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/");
    await (await header(official)).getByRole("link", { name: "Panel urzędnika" }).click();
    await official.getByRole("heading", { level: 1, name: "Panel urzędnika" }).waitFor();
    await official.goto("/admin/premises/enquiries");
    await official.getByRole("heading", { level: 1, name: "Zapytania o lokale" }).waitFor();
    await official.getByRole("link", { name: "Pokaż zapytania o wszystkie lokale" }).click();
    await official.waitForURL(/all=1/);
    const enquiry = official.getByRole("article").filter({ hasText: message });
    await enquiry.waitFor();
    await enquiry.getByRole("link", { name: address }).waitFor();
  });
  expect(errors).toEqual([]);
});
