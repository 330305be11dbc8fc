import type { Browser } from "playwright-core";
import { axeViolations, launchBrowser, newVisitor, settled, signIn } from "./helpers";

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

it("a person finds their notifications from the header and chooses how each kind reaches them by e-mail", async () => {
  const ctx = await newVisitor(browser);
  const page = await ctx.newPage();
  await signIn(page, "resident@example.org");
  await page.getByTestId("notifications-badge").click();
  await page.getByRole("heading", { level: 1, name: "Powiadomienia" }).waitFor();
  await settled(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Ustawienia powiadomień" }).click();
  await page.getByRole("heading", { level: 1, name: "Ustawienia powiadomień" }).waitFor();
  await settled(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Odpowiedzi na moje zapytania o lokale").selectOption("DAILY");
  await page.getByRole("button", { name: "Zapisz" }).click();
  await page.getByRole("status").filter({ hasText: "Zapisano ustawienia powiadomień." }).waitFor();
  await page.reload();
  await settled(page);
  expect(await page.getByLabel("Odpowiedzi na moje zapytania o lokale").inputValue()).toBe("DAILY");
  await ctx.close();
}, 240_000);
