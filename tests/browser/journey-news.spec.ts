import { adminNav, fileBrowser, header, journeyAtEverySize, mainNav, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

journeyAtEverySize("an admin drafts, previews and publishes a news post; a visitor reads and prints it; the RSS feed lists it", async (viewport) => {
  const suffix = Date.now().toString(36);
  const title = `Spotkanie sieci PES na Bydgoskim Przedmieściu ${suffix}`;

  const errors = await withVisitors(browser(), `journey-news-${viewport}`, { count: 2, viewport, watchErrors: true }, async ([adminCtx, readerCtx]) => {
    const admin = await signedInPage(adminCtx, "admin@example.org");
    await admin.goto("/");
    await (await header(admin)).getByRole("link", { name: "Panel urzędnika" }).click();
    await (await adminNav(admin)).getByRole("link", { name: "Aktualności" }).click();
    await admin.getByRole("link", { name: "Nowa wiadomość" }).click();
    await admin.getByRole("form", { name: "Nowa wiadomość" }).waitFor();
    await settled(admin);

    // Write the draft; the live preview renders the Markdown.
    await admin.getByLabel("Tytuł", { exact: true }).fill(title);
    await admin.getByLabel("Kategoria").selectOption({ label: "Spotkania" });
    await admin.getByLabel("Zajawka").fill("Zapraszamy przedstawicieli PES na otwarte spotkanie sieci.");
    await admin.getByLabel("Treść (Markdown)").fill("## Program spotkania\n\n- przedstawienie organizacji\n- **wspólne** planowanie działań");
    const preview = admin.getByTestId("news-preview");
    await preview.getByRole("heading", { level: 2, name: "Program spotkania" }).waitFor();
    await preview.locator("strong", { hasText: "wspólne" }).waitFor();
    await admin.getByRole("button", { name: "Zapisz", exact: true }).click();
    await admin.waitForURL(/\/admin\/news\/[0-9a-f-]{36}$/);
    await admin.getByText("Status: Szkic").waitFor();
    const slug = (await admin.getByText(/Adres: \/news\//).textContent())!.match(/\/news\/([^\s·]+)/)![1];

    // A draft is not public yet (asked without a page: the browser would log the 404 as an error)…
    const reader = await readerCtx.newPage();
    expect((await readerCtx.request.get(`/news/${slug}`)).status()).toBe(404);

    // …but the admin previews it on its public page, marked as unpublished.
    await admin.getByRole("link", { name: "Zobacz" }).click();
    await admin.getByRole("heading", { level: 1, name: title }).waitFor();
    await admin.getByText("Ta wiadomość nie jest opublikowana").waitFor();
    await admin.goBack();
    await admin.getByText("Status: Szkic").waitFor();
    await settled(admin);
    await admin.getByRole("button", { name: "Opublikuj teraz" }).click();
    await admin.getByText("Opublikowano.", { exact: true }).waitFor();

    // An anonymous visitor finds it from the home page.
    await reader.goto("/");
    await (await mainNav(reader)).getByRole("link", { name: "Aktualności" }).click();
    await reader.getByRole("heading", { level: 1, name: "Aktualności" }).waitFor();
    await reader.getByRole("link", { name: title, exact: true }).first().click();
    const article = reader.getByRole("article", { name: title });
    await article.getByRole("heading", { level: 1, name: title }).waitFor();
    await article.getByRole("heading", { level: 2, name: "Program spotkania" }).waitFor();
    await reader.getByText("Ta wiadomość nie jest opublikowana").waitFor({ state: "detached" });

    // The print view: the button is there, and printing leaves only the article.
    await settled(reader);
    const print = reader.getByRole("button", { name: "Drukuj" });
    await print.waitFor();
    await reader.emulateMedia({ media: "print" });
    expect(await reader.getByRole("banner").isVisible()).toBe(false);
    expect(await reader.getByRole("navigation", { name: "Menu główne" }).isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await article.getByRole("heading", { level: 1, name: title }).isVisible()).toBe(true);
    expect(await article.getByText("wspólne", { exact: true }).isVisible()).toBe(true);
    await reader.emulateMedia({ media: "screen" });
    expect(await reader.getByRole("banner").isVisible()).toBe(true);

    // The RSS feed lists it.
    const rss = await reader.request.get("/news/rss.xml");
    expect(rss.status()).toBe(200);
    expect(rss.headers()["content-type"]).toMatch(/xml/);
    const xml = await rss.text();
    expect(xml).toContain(`<title>${title}</title>`);
    expect(xml).toContain(`/news/${slug}`);
  });
  expect(errors).toEqual([]);
});
