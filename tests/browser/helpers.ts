import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { Client } from "pg";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's chromium; the network is closed, so nothing may be downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "pestor-demo";
export const baseUrl = () => process.env.BASE_URL ?? "http://localhost:3190";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The two sizes every journey runs at: a desktop and a phone (issue #15). */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** A fresh visitor: own cookies, Polish browser, the app's base URL, a desktop unless told. */
export function newVisitor(browser: Browser, viewport: ViewportName = "desktop"): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), locale: "pl-PL", viewport: VIEWPORTS[viewport], isMobile: false });
}

/**
 * Declares one journey as two tests in the spec's browser: at 1280×900 and at 390×844.
 * Only the journey runs twice; the browser (and the app) are shared.
 */
export function journeyAtEverySize(title: string, fn: (viewport: ViewportName) => Promise<void>, timeout?: number): void {
  for (const v of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`${title} (${v}, ${VIEWPORTS[v].width}×${VIEWPORTS[v].height})`, () => fn(v), timeout);
  }
}

const ONE_PIXEL_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** The network is closed: map tiles are answered here with one pixel, so that only the app's own errors count. */
export const answerMapTiles = (ctx: BrowserContext) =>
  ctx.route(/tile\.openstreetmap\.org/, (route) => route.fulfill({ status: 200, contentType: "image/png", body: ONE_PIXEL_PNG }));

/**
 * Collects every page error and console error (hydration errors included) of the
 * visitors' pages, present and future; a journey ends with `expect(errors).toEqual([])`.
 * Map tiles are answered here (the network is closed), so that only the app's errors count.
 */
export async function watchErrors(contexts: BrowserContext[]): Promise<string[]> {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on("pageerror", (e) => errors.push(`${page.url()}: page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: console error: ${m.text().slice(0, 400)}`);
    });
  };
  for (const ctx of contexts) {
    await answerMapTiles(ctx);
    ctx.pages().forEach(watch);
    ctx.on("page", watch);
  }
  return errors;
}

/** Opens a closed <details> by its summary when the summary is shown (phones); no-op on a desktop. */
async function openDetails(page: Page, details: string): Promise<void> {
  const summary = page.locator(`${details} > summary`).first();
  if (!(await summary.isVisible())) return;
  if (await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)) return;
  await summary.click();
}

/** The header (banner), with its menu opened first on a phone, where the account links sit in it. */
export async function header(page: Page) {
  await openDetails(page, "details.site-menu");
  return page.getByRole("banner");
}

/** The main navigation, with the header menu opened first on a phone. */
export async function mainNav(page: Page) {
  await openDetails(page, "details.site-menu");
  return page.getByRole("navigation", { name: "Menu główne" });
}

/** The back office's section navigation, unfolded first on a phone. */
export async function adminNav(page: Page) {
  await page.locator("details.admin-nav-menu").waitFor({ state: "attached" });
  await openDetails(page, "details.admin-nav-menu");
  return page.getByRole("navigation", { name: "Sekcje panelu" });
}

/** Opens a search page's filter panel on a phone (it sits closed above the results); no-op on a desktop. */
export async function openFilters(page: Page): Promise<void> {
  await page.locator("details.filter-panel").waitFor({ state: "attached" });
  await openDetails(page, "details.filter-panel");
}

/** Fails when the page scrolls sideways (the phone journeys check each page they end on). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(`${page.url()} scrollWidth ${scroll}`).toBe(`${page.url()} scrollWidth ${Math.min(scroll, inner)}`);
}

/**
 * The buttons, selects and summaries of the page smaller than 24×24 px (WCAG 2.5.8, the
 * least a finger can hit on a phone), each as "text width×height"; visible ones only.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("button, select, summary, [role=button]")].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (!(el as HTMLElement).checkVisibility() || r.width === 0 || (r.width >= 24 && r.height >= 24)) return [];
      return [`${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)} ${Math.round(r.width)}×${Math.round(r.height)}`];
    }),
  );
}

const RESULTS = path.resolve("test-results/browser");

/**
 * Runs one journey step list; when it throws, every open page of the visitors gets a
 * full-page screenshot in test-results/browser/ (kept by CI as an artefact).
 */
export async function withScreenshots(name: string, contexts: BrowserContext[], fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    mkdirSync(RESULTS, { recursive: true });
    const slug = name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
    let i = 0;
    for (const ctx of contexts) {
      for (const page of ctx.pages()) {
        await page.screenshot({ path: path.join(RESULTS, `${slug}-${i++}.png`), fullPage: true }).catch(() => undefined);
      }
    }
    throw err;
  }
}

/**
 * The browser of a spec file (or of a describe block): launched before its tests, closed
 * after them. Call it once where the tests are declared; a test reads it with `browser()`.
 */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());
  return () => browser!;
}

/**
 * A journey of `count` fresh visitors (`newVisitor`, at `viewport`), under
 * `withScreenshots(name)`; the visitors are closed after the steps. With `watchErrors`, their
 * errors are collected from the start (`watchErrors`) and given back after the close, for the
 * journey to expect none.
 */
export async function withVisitors(
  browser: Browser,
  name: string,
  { count, viewport, watchErrors: watch = false }: { count: number; viewport?: ViewportName; watchErrors?: boolean },
  steps: (visitors: BrowserContext[]) => Promise<void>,
): Promise<string[]> {
  const visitors: BrowserContext[] = [];
  for (let i = 0; i < count; i++) visitors.push(await newVisitor(browser, viewport));
  const errors = watch ? await watchErrors(visitors) : [];
  await withScreenshots(name, visitors, () => steps(visitors));
  await Promise.all(visitors.map((v) => v.close()));
  return errors;
}

/** A journey of one fresh visitor with one page ({@link withVisitors}). */
export async function withOneVisitor(browser: Browser, name: string, steps: (page: Page) => Promise<void>): Promise<void> {
  await withVisitors(browser, name, { count: 1 }, async ([ctx]) => steps(await ctx.newPage()));
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@example.test`;
}

/**
 * Waits until the page's scripts have loaded (React hydrated), so that a click reaches
 * its handler: `next dev` serves the HTML well before the JavaScript of a fresh route.
 */
export async function settled(page: Page): Promise<void> {
  // React marks each DOM node it has hydrated with a "__reactFiber$…" key; when every
  // control has one, clicks and submits reach their handlers. Hidden inputs are left out:
  // React's server render adds some for server-action forms that the client never adopts.
  // (networkidle never comes with `next dev`: its dev tools keep polling.)
  await page.waitForFunction(
    () =>
      document.readyState === "complete" &&
      [...document.querySelectorAll("button, input:not([type=hidden]), select, textarea")].every((el) =>
        Object.keys(el).some((k) => k.startsWith("__reactFiber$")),
      ),
    undefined,
    { timeout: 60_000 },
  );
}

/** Signs in through the form, as a person does, and waits for the signed-in header. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await settled(page);
  await page.getByLabel("Adres e-mail", { exact: true }).fill(email);
  await page.getByLabel("Hasło", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
  // "attached": on a phone the name sits in the closed header menu.
  await page.getByRole("banner").getByText(/Zalogowano jako/).waitFor({ state: "attached" });
}

/** A new page of the visitor, signed in through the form as `email` (`signIn`). */
export async function signedInPage(ctx: BrowserContext, email: string): Promise<Page> {
  const page = await ctx.newPage();
  await signIn(page, email);
  return page;
}

/** Fills and submits the sign-up form; `type` is the radio's visible label. */
export async function signUp(page: Page, v: { name: string; email: string; password: string; type?: string }): Promise<void> {
  await settled(page);
  if (v.type) await page.getByLabel(v.type, { exact: true }).check();
  await page.getByLabel("Imię i nazwisko", { exact: true }).fill(v.name);
  await page.getByLabel("Adres e-mail", { exact: true }).fill(v.email);
  await page.getByLabel("Hasło", { exact: true }).fill(v.password);
  await page.getByRole("checkbox", { name: /Akceptuję regulamin/ }).check();
  await page.getByRole("button", { name: "Załóż konto" }).click();
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core with the WCAG 2.1 A and AA rules; returns readable violations (empty = pass). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Next.js streams a page's metadata: right after a navigation or a refresh the <title> may
  // not have arrived yet, and a refresh that lands while axe runs takes it away and puts it
  // back (CI saw that once). So wait for a title and look again if axe saw none; a page that
  // never gets one still fails after the third look.
  let result;
  for (let look = 1; ; look++) {
    await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
    result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    if (look === 3 || !result.violations.some((v) => v.id === "document-title")) break;
  }
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`).join("\n")}`,
  );
}

/** A request to the app's API as nobody signed in (for setting or reading the scene, not for the journey under test). */
export async function anonymousApi<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`${baseUrl()}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

/** Creates an account through the API (for setting the scene, not for the journey under test). */
export async function apiSignUp(v: { email: string; password: string; name: string; accountType: "RESIDENT" | "PES" | "OFFICIAL" }) {
  const json = await anonymousApi(
    "mutation($email: String!, $password: String!, $name: String!, $accountType: AccountType!) { signUp(email: $email, password: $password, name: $name, accountType: $accountType, acceptTerms: true) { id } }",
    v,
  );
  if (json.errors) throw new Error(`signUp failed: ${JSON.stringify(json.errors)}`);
}

/**
 * Presses Tab until the focused element's text (or label) is `name`; fails after `max`
 * presses. For keyboard-only journeys: nothing is clicked.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
      return (el.getAttribute("aria-label") ?? labelled ?? el.textContent ?? "").trim();
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** A connection to the app's database (BROWSER_DATABASE_URL), for setting the scene; the caller ends it. */
export async function appDatabase(): Promise<Client> {
  const c = new Client({ connectionString: process.env.BROWSER_DATABASE_URL });
  await c.connect();
  return c;
}

/**
 * The path (with its `token`) of the newest link in the newest e-mail of `template` to
 * `email`, read from the app's outbox table — what the person would click in their mailbox.
 */
export async function mailedLink(email: string, template: string): Promise<string> {
  if (!process.env.BROWSER_DATABASE_URL) throw new Error("BROWSER_DATABASE_URL is not set (started with BASE_URL?)");
  const c = await appDatabase();
  try {
    const { rows } = await c.query<{ text: string }>(
      `SELECT text FROM mail_messages WHERE "to" = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1`,
      [email.toLowerCase(), template],
    );
    const url = rows[0]?.text.match(/https?:\/\/\S+[?&]token=\S+/)?.[0];
    if (!url) throw new Error(`no ${template} link for ${email}`);
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } finally {
    await c.end();
  }
}

/** Opens the verification link e-mailed at sign-up, as the person does from their mailbox. */
export async function confirmEmail(page: Page, email: string): Promise<void> {
  await page.goto(await mailedLink(email, "users.verify-email"));
  await page.getByText("Adres e-mail został potwierdzony").waitFor();
}
