import sharp from "sharp";
import { axeViolations, baseUrl, fileBrowser, newVisitor, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

it("an admin drafts a programme section (readers keep the published text), previews and publishes it, and adds a partner with a logo", async () => {
  const suffix = Date.now().toString(36);
  const title = `Nagrody Prezydenta ${suffix}`;
  const partner = `Fundacja Testowa ${suffix}`;

  await withVisitors(browser(), "journey-programme", { count: 2 }, async ([adminCtx, readerCtx]) => {
    const reader = await readerCtx.newPage();
    await reader.goto("/programme");
    // The seeded partners are a grid of linked logos named by their alt text.
    const partners = reader.getByRole("list", { name: "Logotypy partnerów programu" });
    await partners.getByRole("link", { name: "AIESEC Toruń UMK" }).waitFor();
    expect(await partners.getByRole("img", { name: "Gmina Miasta Toruń — Urząd Miasta Torunia" }).count()).toBe(1);
    expect(await axeViolations(reader)).toEqual([]);

    const admin = await signedInPage(adminCtx, "admin@example.org");
    await admin.goto("/admin/news/programme/awards");
    await settled(admin);
    await admin.getByLabel("Tytuł sekcji").fill(title);
    await admin.getByRole("button", { name: "Zapisz", exact: true }).click();
    await admin.getByText("Zapisano szkic.").waitFor();
    await admin.getByText(/Są zapisane, jeszcze nieopublikowane zmiany/).waitFor();

    // Readers still see the published title…
    await reader.goto("/programme");
    expect(await reader.getByRole("heading", { level: 2, name: title }).count()).toBe(0);
    // …and so does the admin's ?preview=draft for them.
    await reader.goto("/programme?preview=draft");
    expect(await reader.getByRole("heading", { level: 2, name: title }).count()).toBe(0);
    // The admin's preview shows the draft.
    await admin.goto("/programme?preview=draft");
    await admin.getByRole("heading", { level: 2, name: title }).waitFor();

    // The history lists the edit; compare it with the first version; publish.
    await admin.goto("/admin/news/programme/awards");
    await settled(admin);
    await admin.getByRole("button", { name: "Porównaj z bieżącą" }).first().click();
    await admin.getByRole("heading", { name: "Różnice (usunięte / dodane)" }).waitFor();
    await admin.getByRole("button", { name: "Opublikuj zmiany" }).click();
    await admin.getByText("Opublikowano zmiany.").waitFor();
    await reader.goto("/programme");
    await reader.getByRole("heading", { level: 2, name: title }).waitFor();

    // A partner: a javascript: link is refused, an https one saved, then a logo uploaded.
    await admin.goto("/admin/news/partners");
    await settled(admin);
    const add = admin.getByRole("form", { name: "Dodaj partnera" });
    await add.getByLabel("Nazwa").fill(partner);
    await add.getByLabel("Adres strony (http/https)").fill("javascript:alert(1)");
    await add.getByRole("button", { name: "Dodaj partnera" }).click();
    await add.getByText("Podaj adres zaczynający się od http:// lub https://").waitFor();
    await add.getByLabel("Adres strony (http/https)").fill("https://example.org/fundacja");
    await add.getByRole("button", { name: "Dodaj partnera" }).click();
    const item = admin.getByRole("listitem").filter({ hasText: partner });
    await item.waitFor();
    const png = await sharp({ create: { width: 300, height: 120, channels: 3, background: "#0b5394" } }).png().toBuffer();
    await item.getByLabel("Logotyp").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
    await item.getByRole("button", { name: "Wgraj logotyp" }).click();
    await item.getByRole("img", { name: `Logotyp: ${partner}` }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);

    await reader.goto("/programme");
    const link = reader.getByRole("list", { name: "Logotypy partnerów programu" }).getByRole("link", { name: partner });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe("https://example.org/fundacja");
    const src = await link.getByRole("img").getAttribute("src");
    const logo = await reader.request.get(src!);
    expect(logo.status()).toBe(200);
    expect(logo.headers()["content-type"]).toBe("image/webp");
  });
});

it("shows a newsletter link page in English when the e-mail's link says so", async () => {
  const ctx = await newVisitor(browser());
  const page = await ctx.newPage();
  await page.goto("/newsletter/unsubscribe?token=forged.token&lang=en");
  await page.getByRole("heading", { level: 1, name: "Unsubscribe" }).waitFor();
  await page.getByText("The link is invalid. Use the link in the latest message.").waitFor();
  await page.goto("/newsletter");
  await page.getByLabel("Język wiadomości").waitFor();
});

it("shows an English reader the English programme sections and legal texts, which say the Polish text is binding", async () => {
  const ctx = await newVisitor(browser());
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  const page = await ctx.newPage();
  await page.goto("/privacy");
  await page.getByRole("heading", { level: 1, name: "Personal data protection (GDPR) — privacy notice" }).waitFor();
  await page.getByText("The Polish text of this notice is binding.").waitFor();
  expect(await page.locator("main [lang=pl]").count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/terms");
  await page.getByRole("heading", { level: 1, name: "Terms of use of the PES-TOR platform" }).waitFor();
  await page.goto("/programme");
  await page.getByRole("heading", { level: 2, name: "About the programme" }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await ctx.close();
});
