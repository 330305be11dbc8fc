import { fileBrowser, settled, signedInPage, signUp, uniqueEmail, withOneVisitor, withVisitors } from "./helpers";

const browser = fileBrowser();

it("an official's account waits for approval; once an admin approves it, the back office opens", async () => {
  const name = `Jan Urzędnik ${Date.now().toString(36)}`;
  const email = uniqueEmail("urzednik");

  await withVisitors(browser(), "official-approval", { count: 2 }, async ([officialCtx, adminCtx]) => {
    // The official signs up and is, for now, a resident.
    const official = await officialCtx.newPage();
    await official.goto("/");
    await official.getByRole("banner").getByRole("link", { name: "Załóż konto" }).click();
    await signUp(official, { name, email, password: "Urzad-Torun-2026", type: "Administracja lokalna (pracownik urzędu)" });
    const officialBanner = official.getByRole("banner");
    await officialBanner.getByText(`Zalogowano jako ${name}`).waitFor();
    await officialBanner.getByRole("link", { name: "Moje konto" }).click();
    await official.getByText("Twoje konto urzędnika czeka na zatwierdzenie").waitFor();
    expect(await officialBanner.getByRole("link", { name: "Panel urzędnika" }).count()).toBe(0);

    // The back office refuses them meanwhile.
    await official.goto("/admin");
    await official.getByRole("heading", { level: 1, name: "Brak dostępu" }).waitFor();
    // Every page guards itself (a layout does not): no list of any section is rendered.
    for (const path of ["/admin/trainings", "/admin/premises", "/admin/figures", "/admin/users"]) {
      await official.goto(path);
      await official.getByRole("heading", { level: 1, name: "Brak dostępu" }).waitFor();
      expect(await official.locator("main table").count()).toBe(0);
    }

    // The admin approves the account.
    const admin = await signedInPage(adminCtx, "admin@example.org");
    await admin.getByRole("banner").getByRole("link", { name: "Panel urzędnika" }).click();
    await admin.getByRole("navigation", { name: "Sekcje panelu" }).getByRole("link", { name: "Zatwierdzenia" }).click();
    await admin.getByRole("heading", { level: 1, name: "Zatwierdzenia" }).waitFor();
    await settled(admin);
    await admin.getByRole("button", { name: `Zatwierdź konto: ${name}` }).click();
    await admin.getByRole("button", { name: `Zatwierdź konto: ${name}` }).waitFor({ state: "detached" });

    // The decision e-mail is in the outbox, with a link into the back office.
    await admin.getByRole("navigation", { name: "Sekcje panelu" }).getByRole("link", { name: "Skrzynka nadawcza" }).click();
    await admin.getByLabel("Adresat").fill(email);
    await admin.getByRole("button", { name: "Filtruj" }).click();
    const mail = admin.getByRole("article", { name: "Konto urzędnika zatwierdzone" });
    await mail.waitFor();
    expect(await mail.getByRole("link").first().getAttribute("href")).toMatch(/\/admin$/);

    // Without signing in again, the official's next page shows the back office.
    await official.goto("/");
    await officialBanner.getByText(/\(Urzędnik\)/).waitFor();
    await officialBanner.getByRole("link", { name: "Panel urzędnika" }).click();
    await official.getByRole("heading", { level: 1, name: "Panel urzędnika" }).waitFor();
    const sections = official.getByRole("navigation", { name: "Sekcje panelu" });
    await sections.getByRole("link", { name: "Lokale" }).waitFor();
    expect(await sections.getByRole("link", { name: "Zatwierdzenia" }).count()).toBe(0);
  });
});

it("an anonymous visitor of the back office is sent to sign-in and brought back", async () => {
  await withOneVisitor(browser(), "admin-sign-in-redirect", async (page) => {
    await page.goto("/admin/approvals");
    await page.waitForURL(/\/signin\?callbackUrl=%2Fadmin%2Fapprovals/);
    await settled(page);
    await page.getByLabel("Adres e-mail", { exact: true }).fill("admin@example.org");
    await page.getByLabel("Hasło", { exact: true }).fill(process.env.DEMO_PASSWORD ?? "pestor-demo");
    await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Zatwierdzenia" }).waitFor();
  });
});
