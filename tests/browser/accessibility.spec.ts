import type { Browser, BrowserContext } from "playwright-core";
import { apiSignUp, axeViolations, launchBrowser, newVisitor, settled, signIn, uniqueEmail, withOneVisitor, withScreenshots } from "./helpers";

let browser: Browser;
let anonymous: BrowserContext, pes: BrowserContext, newPes: BrowserContext, official: BrowserContext, admin: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  [anonymous, pes, newPes, official, admin] = await Promise.all([1, 2, 3, 4, 5].map(() => newVisitor(browser)));
  // Something to show: a pending official (approvals) and the welcome e-mails (outbox).
  await apiSignUp({ email: uniqueEmail("axe-official"), password: "Axe-Check-2026", name: "Urzędnik Do Zatwierdzenia", accountType: "OFFICIAL" });
  const pesEmail = uniqueEmail("axe-pes");
  await apiSignUp({ email: pesEmail, password: "Axe-Check-2026", name: "Nowy Podmiot", accountType: "PES" });
  await signIn(await pes.newPage(), "pes@example.org");
  await signIn(await newPes.newPage(), pesEmail, "Axe-Check-2026");
  await signIn(await official.newPage(), "official@example.org");
  await signIn(await admin.newPage(), "admin@example.org");
});
afterAll(() => browser?.close());

/** Who looks, and at which pages. */
const visits: [string, () => BrowserContext, string[]][] = [
  ["anonymous", () => anonymous, ["/", "/signin", "/signup", "/accessibility"]],
  ["a PES member", () => pes, ["/account"]],
  ["a PES account without an organisation", () => newPes, ["/account"]],
  ["an official", () => official, ["/admin"]],
  ["an official (access denied page)", () => official, ["/admin/users"]],
  ["an admin", () => admin, ["/admin", "/admin/approvals", "/admin/users", "/admin/audit", "/admin/outbox"]],
];
const pages = visits.flatMap(([who, context, paths]) => paths.map((path) => [path, who, context] as const));

describe("WCAG 2.1 A and AA (axe-core)", () => {
  it.each(pages)("%s as %s has no violations", async (path, _who, who) => {
    const ctx = who();
    const page = await ctx.newPage();
    await withScreenshots(`axe-${path}`, [ctx], async () => {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await settled(page);
      expect(await page.locator("html").getAttribute("lang")).toBe("pl");
      expect(await axeViolations(page)).toEqual([]);
    });
    await page.close();
  });

  // A form, who opens it, the screenshot's name, its page, and the buttons that bring up its error messages.
  const forms: [string, () => BrowserContext, string, string, string[]][] = [
    ["the new-organisation form", () => newPes, "axe-organization-form", "/account", ["Dodaj nową organizację", "Dodaj organizację"]],
    ["the sign-up form", () => anonymous, "axe-signup-errors", "/signup", ["Załóż konto"]],
  ];
  it.each(forms)("%s with its error messages shown has no violations", async (_form, who, name, path, buttons) => {
    const ctx = who();
    const page = await ctx.newPage();
    await withScreenshots(name, [ctx], async () => {
      await page.goto(path);
      await settled(page);
      for (const button of buttons) await page.getByRole("button", { name: button }).click();
      await page.getByRole("alert").filter({ hasText: "To pole jest wymagane" }).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
    await page.close();
  });
});

describe("the axe check itself", () => {
  it("finds violations when there are some (control: an image without alt, an unlabelled field)", async () => {
    const page = await anonymous.newPage();
    await page.setContent('<!doctype html><html lang="pl"><title>x</title><body><main><h1>x</h1><img src="data:,"><input></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.split(" ")[0]);
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "label"]));
    await page.close();
  });
});

describe("language", () => {
  it("switching to English sets <html lang=\"en\"> and English texts; switching back restores Polish", async () => {
    await withOneVisitor(browser, "english-switch", async (page) => {
      await page.goto("/accessibility");
      await settled(page);
      expect(await page.locator("html").getAttribute("lang")).toBe("pl");
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("heading", { level: 1, name: "Accessibility statement" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Polski" }).click();
      await page.getByRole("heading", { level: 1, name: "Deklaracja dostępności" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    });
  });
});
