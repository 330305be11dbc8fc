import type { Client } from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { appDatabase, baseUrl, DEMO_PASSWORD, fileBrowser, launchBrowser } from "./helpers";

/**
 * With JavaScript off every search form is a plain GET form: the page comes back with
 * the values of its URL in the fields (ticked districts, chosen sort included) and with
 * results, and submitting it again (a new sort) keeps every filter.
 */
describe("Search forms without JavaScript keep the filters of their URL", () => {
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    ctx = await browser.newContext({ baseURL: baseUrl(), locale: "pl-PL", javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    page = await ctx.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const value = (selector: string) => page.locator(selector).inputValue();
  const checked = (selector: string) => page.locator(selector).isChecked();

  test("premises: bounds, districts, flags and sort survive, and a new sort keeps them", async () => {
    await page.goto("/premises?areaMin=10&rentMax=5000&districts=Bielany&districts=Mokre&stepFree=true&orderBy=AREA_DESC&text=ul");
    expect(await value("#f-areaMin")).toBe("10");
    expect(await value("#f-rentMax")).toBe("5000");
    expect(await value("#f-text")).toBe("ul");
    expect(await checked("input[name=districts][value=Bielany]")).toBe(true);
    expect(await checked("input[name=districts][value=Mokre]")).toBe(true);
    expect(await checked("input[name=districts][value=Podgórz]")).toBe(false);
    expect(await checked("#f-stepFree")).toBe(true);
    expect(await value("#f-order")).toBe("AREA_DESC");
    await expect(page.locator("#results-count").textContent()).resolves.toMatch(/Znaleziono \d+/);

    // On a phone the form sits in the closed filter panel: open it as a person would.
    await page.getByText("Filtry i sortowanie").click();
    await page.locator("#f-order").selectOption("RENT_DESC");
    await page.locator("form[role=search] button[type=submit]").last().click();
    await page.waitForURL(/orderBy=RENT_DESC/);
    const url = new URL(page.url());
    expect(url.searchParams.get("areaMin")).toBe("10");
    expect(url.searchParams.get("rentMax")).toBe("5000");
    expect(url.searchParams.getAll("districts").sort()).toEqual(["Bielany", "Mokre"]);
    expect(url.searchParams.get("stepFree")).toBe("true");
    expect(url.searchParams.get("text")).toBe("ul");
    expect(await value("#f-order")).toBe("RENT_DESC");
  });

  test("premises: a value that is not a number comes back with its message", async () => {
    await page.goto("/premises?areaMin=abc&districts=Bielany");
    expect(await value("#f-areaMin")).toBe("abc");
    expect(await page.locator("#f-areaMin").getAttribute("aria-invalid")).toBe("true");
    expect(await checked("input[name=districts][value=Bielany]")).toBe(true);
    expect(await page.locator("#f-areaMin-error").textContent()).toBeTruthy();
  });

  test("trainings, marketplace, organisations and site search keep their values", async () => {
    await page.goto("/trainings?kind=TRAINING&topic=ekonomia");
    expect(await value("#f-kind")).toBe("TRAINING");
    expect(await value("#f-topic")).toBe("ekonomia");

    await page.goto("/marketplace?q=namiot&district=Bielany");
    expect(await value("#q")).toBe("namiot");
    expect(await value("#district")).toBe("Bielany");
    await page.goto("/marketplace?tab=products&priceMax=12,5&sc=1");
    expect(await value("#priceMax")).toBe("12,5");
    expect(await checked("#sc")).toBe(true);
    expect(await page.locator("[role=alert]").count()).toBe(0);
    await page.goto("/marketplace?tab=products&priceMax=tanio");
    expect(await value("#priceMax")).toBe("tanio");
    expect(await page.locator("#priceMax").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#priceMax-error").textContent()).toMatch(/liczbę/);

    await page.goto("/organizations?name=sp&legalForm=SOCIAL_COOPERATIVE");
    expect(await value("#org-name")).toBe("sp");
    expect(await value("#org-form")).toBe("SOCIAL_COOPERATIVE");

    await page.goto("/search?q=Toru");
    expect(await value("#search-q")).toBe("Toru");
    expect(await page.locator("main a[href]").count()).toBeGreaterThan(0);
  });

  test("the map leaves no blank hole", async () => {
    await page.goto("/premises");
    // The map's placeholder is in the page (it holds the place for Leaflet) but not shown.
    expect(await page.locator(".js-only").count()).toBeGreaterThan(0);
    const holes = await page.locator(".js-only").evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetHeight > 0).length);
    expect(holes).toBe(0);
  });
});

describe("Sign-in without JavaScript", () => {
  const browser = fileBrowser();

  test("a wrong password is explained, the right one signs in and goes where the person was going", async () => {
    const ctx = await browser().newContext({ baseURL: baseUrl(), locale: "pl-PL", javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto("/signin?callbackUrl=%2Faccount%2Factivity");
    await page.locator("#email").fill("resident@example.org");
    await page.locator("#password").fill("zle-haslo-123");
    await page.locator("form.form button[type=submit]").click();
    await expect(page.locator("[role=alert]").textContent()).resolves.toMatch(/Nieprawidłowy e-mail lub hasło/);

    await page.goto("/signin?callbackUrl=%2Faccount%2Factivity");
    await page.locator("#email").fill("resident@example.org");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("form.form button[type=submit]").click();
    await page.waitForURL(/\/account\/activity$/);
    expect(await page.locator("header").textContent()).toMatch(/Zalogowano jako/);
    await ctx.close();
  });
});

/**
 * An edit form's server HTML holds the saved values (app/components/forms/saved-values.ts).
 * The follow buttons and the organisers' invitations form are plain forms too: without
 * JavaScript they post to a server action that calls the same API as the signed-in person,
 * and the page they come back to says what happened. The API is the guard: the same post
 * by someone who may not invite invites nobody.
 */
describe("Edit forms, follow buttons and the invitations form without JavaScript", () => {
  let browser: Browser;
  let db: Client;
  beforeAll(async () => {
    [browser, db] = await Promise.all([launchBrowser(), appDatabase()]);
  });
  afterAll(() => Promise.all([db?.end(), browser?.close()]));

  async function signedInWithoutJs(email: string): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ baseURL: baseUrl(), locale: "pl-PL", javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto("/signin");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("form.form button[type=submit]").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
    return { ctx, page };
  }
  const status = (page: Page) => page.locator("[data-testid=action-status]");

  test("a follow button follows and stops following, and says so on the page it returns to", async () => {
    const { ctx, page } = await signedInWithoutJs("resident@example.org");
    const { rows } = await db.query("SELECT id FROM users WHERE email = 'resident@example.org'");
    const following = async () =>
      (await db.query("SELECT 1 FROM follows WHERE user_id = $1 AND kind = 'TRAINING_KIND' AND value = 'MEETING'", [rows[0].id])).rowCount === 1;
    await db.query("DELETE FROM follows WHERE user_id = $1 AND kind = 'TRAINING_KIND' AND value = 'MEETING'", [rows[0].id]);

    await page.goto("/trainings");
    await page.getByRole("button", { name: "Obserwuj: nowe spotkania" }).click();
    await page.waitForURL(/\/trainings$/);
    await expect(status(page).textContent()).resolves.toBe("Obserwujesz: nowe spotkania. Nowości zobaczysz w powiadomieniach.");
    expect(await page.getByRole("button", { name: "Przestań obserwować: nowe spotkania" }).getAttribute("aria-pressed")).toBe("true");
    expect(await following()).toBe(true);

    await page.getByRole("button", { name: "Przestań obserwować: nowe spotkania" }).click();
    await page.waitForURL(/\/trainings$/);
    await expect(status(page).textContent()).resolves.toBe("Nie obserwujesz już: nowe spotkania.");
    expect(await following()).toBe(false);

    // On the list of what the person follows, the thing leaves with its button: the outcome shows above the list.
    await page.getByRole("button", { name: "Obserwuj: nowe spotkania" }).click();
    await page.waitForURL(/\/trainings$/);
    await page.goto("/account/preferences");
    await page.getByTestId("my-follows").getByRole("button", { name: "Przestań obserwować: nowe spotkania" }).click();
    await page.waitForURL(/\/account\/preferences$/);
    await expect(page.getByTestId("my-follows").locator("[data-testid=action-status]").textContent()).resolves.toBe("Nie obserwujesz już: nowe spotkania.");
    expect(await page.getByTestId("my-follows").getByRole("button", { name: /nowe spotkania/ }).count()).toBe(0);
    expect(await following()).toBe(false);
    await ctx.close();
  });

  test("an edit form shows the saved values in its fields", async () => {
    const { rows } = await db.query(
      `SELECT p.id, p.address, p.district, p.description, p.step_free FROM premises p JOIN users u ON u.id = p.owner_id
       WHERE u.email = 'official@example.org' AND p.description <> '' ORDER BY p.address LIMIT 1`,
    );
    const { ctx, page } = await signedInWithoutJs("official@example.org");
    await page.goto(`/admin/premises/${rows[0].id}/edit`);
    const value = (selector: string) => page.locator(selector).inputValue();
    expect([await value("#p-address"), await value("#p-district"), await value("#p-description")]).toEqual([rows[0].address, rows[0].district, rows[0].description]);
    expect(await page.locator("#p-stepFree").isChecked()).toBe(rows[0].step_free);
    await ctx.close();
  });

  test("the invitations form invites, refuses an empty choice or too many addresses keeping what was posted, and invites nobody for someone who may not", async () => {
    const suffix = Date.now().toString(36);
    const { rows } = await db.query(
      `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience)
       VALUES ($1, 'Sala 2, Urząd Miasta', now() + interval '6 days', now() + interval '6 days 2 hours', 10, '{PES}') RETURNING id`,
      [`Spotkanie bez skryptów ${suffix}`],
    );
    const id = rows[0].id as string;
    const invited = async (email: string) => (await db.query("SELECT 1 FROM training_invitations WHERE training_id = $1 AND email = $2", [id, email])).rowCount;
    const { ctx, page } = await signedInWithoutJs("official@example.org");
    await page.goto(`/admin/trainings/${id}/organise`);
    const form = page.locator("form:has(#invite-emails)");

    // The same post by a resident (the form's own fields, its action included) is refused by the API.
    const fields = await form.locator("input[type=hidden]").evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value]));
    const resident = await signedInWithoutJs("resident@example.org");
    const forged = await resident.ctx.request.post(`/admin/trainings/${id}/organise`, {
      multipart: { ...Object.fromEntries(fields), emails: `intruz-${suffix}@example.org` },
      headers: { origin: baseUrl() },
      maxRedirects: 0,
    });
    // The action ran and answered with the page and its refusal (no redirect: a refusal keeps
    // what was posted); the API invited nobody.
    expect(forged.status()).toBe(200);
    expect(await invited(`intruz-${suffix}@example.org`)).toBe(0);
    await resident.ctx.close();

    await form.getByRole("button", { name: "Wyślij zaproszenia" }).click();
    await page.waitForURL(new RegExp(`/admin/trainings/${id}/organise$`));
    await expect(status(page).textContent()).resolves.toBe("Wybierz obszary działania lub osiedla albo wklej adresy.");

    // A refusal comes back with the form as it was posted: 501 addresses (far more than a
    // cookie holds) and the ticked district, so that nothing has to be pasted or ticked again.
    const many = Array.from({ length: 501 }, (_, i) => `osoba-${i}-${suffix}@example.org`).join("\n");
    await form.locator("summary", { hasText: "Osiedla" }).click();
    await form.getByLabel("Mokre", { exact: true }).check();
    await page.locator("#invite-emails").fill(many);
    await page.getByRole("button", { name: "Wyślij zaproszenia" }).click();
    await page.waitForURL(new RegExp(`/admin/trainings/${id}/organise$`));
    await expect(status(page).textContent()).resolves.toBe("Najwyżej 500 adresów naraz.");
    await expect(page.locator("#invite-emails").inputValue()).resolves.toBe(many);
    await expect(form.getByLabel("Mokre", { exact: true }).isChecked()).resolves.toBe(true);
    expect(await invited(`osoba-0-${suffix}@example.org`)).toBe(0);

    await form.getByLabel("Mokre", { exact: true }).uncheck();
    await page.locator("#invite-emails").fill(`a-${suffix}@example.org, b-${suffix}@example.org`);
    await page.getByRole("button", { name: "Wyślij zaproszenia" }).click();
    await page.waitForURL(new RegExp(`/admin/trainings/${id}/organise$`));
    await expect(status(page).textContent()).resolves.toBe("Wysłano zaproszenia: 2. Pominięto zaproszonych wcześniej: 0.");
    expect(await invited(`a-${suffix}@example.org`)).toBe(1);
    await expect(page.getByText("2 zaproszone adresy").count()).resolves.toBe(1);
    await ctx.close();
  });
});
