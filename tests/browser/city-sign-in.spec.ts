import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { axeViolations, fileBrowser, newVisitor, settled, watchErrors } from "./helpers";

/**
 * "Zaloguj się kontem Urzędu" in a real browser: the app's button, the city's OpenID
 * provider's own login and consent pages (oidc-provider, started by the global setup), and
 * back signed in as an official. The rules behind it: tests/integration/users/city-sign-in.test.ts;
 * every step over HTTP: tests/production/city-sign-in.test.ts.
 */
const accounts = process.env.BROWSER_CITY_ACCOUNTS;
const suite = accounts ? describe : describe.skip; // BASE_URL: someone else's app, maybe without single sign-on

/** The provider's pages (its development login: the login is the account id, any password), then its consent. */
async function providerSignIn(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("dowolne");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

const browser = fileBrowser();

suite("city sign-in", () => {
  it("an official signs in with the city's account and arrives as an official", async () => {
    const login = `ewa.${Date.now().toString(36)}`;
    writeFileSync(accounts!, JSON.stringify({ [login]: { email: `${login}@um.torun.pl`, email_verified: true, name: "Ewa Miejska", groups: ["pestor-officials"] } }));
    const ctx = await newVisitor(browser());
    const errors = await watchErrors([ctx]);
    const page = await ctx.newPage();
    await page.goto("/signin?callbackUrl=%2Faccount");
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Zaloguj się kontem Urzędu" }).click();

    await providerSignIn(page, login);

    await page.waitForURL(/\/account$/);
    await page.getByRole("banner").getByText("Zalogowano jako Ewa Miejska").waitFor({ state: "attached" });
    await page.getByRole("banner").getByRole("link", { name: "Panel urzędnika" }).waitFor({ state: "attached" });

    // No password yet: "Moje dane" offers the link that sets one instead of a deletion it could not confirm.
    await page.goto("/account/privacy");
    await settled(page);
    expect(await page.getByLabel("Hasło").count()).toBe(0);
    await page.getByRole("button", { name: "Wyślij link do ustawienia hasła" }).click();
    await page.getByRole("status").getByText(`Wysłaliśmy link na adres ${login}@um.torun.pl.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Only the app's own pages count: the provider's development pages are not ours.
    expect(errors.filter((e) => !e.includes("127.0.0.1:"))).toEqual([]);
    await ctx.close();
  });

  it("works without JavaScript too: the button is a form, the provider's pages are forms", async () => {
    const login = `jan.${Date.now().toString(36)}`;
    writeFileSync(accounts!, JSON.stringify({ [login]: { email: `${login}@um.torun.pl`, email_verified: true, name: "Jan Bezskryptowy", groups: ["pestor-admins"] } }));
    const ctx = await browser().newContext({ baseURL: process.env.BASE_URL, locale: "pl-PL", javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto("/signin?callbackUrl=%2Faccount");
    await page.getByRole("button", { name: "Zaloguj się kontem Urzędu" }).click();
    await providerSignIn(page, login);
    await page.waitForURL(/\/account$/);
    expect(await page.locator("header").textContent()).toMatch(/Zalogowano jako Jan Bezskryptowy/);
    await ctx.close();
  });
});
