import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { answerMapTiles, axeViolations, launchBrowser, newVisitor, settled, signIn, smallTargets } from "./helpers";

/**
 * Every page of the app, per role, at 390×844 (a phone) and 1280×900: no sideways
 * scrolling, no button a finger misses on the phone (under 24×24 px), no page or console
 * error (hydration included), no asset answering 4xx/5xx.
 * Phone screenshots go to test-results/phone/ for a reviewer. One browser context per
 * role, each page loaded once: the 1280 check resizes the same page.
 */

type Role = "public" | "resident" | "pes" | "official" | "admin";
const EMAIL: Record<Exclude<Role, "public">, string> = {
  resident: "resident@example.org",
  pes: "pes@example.org",
  official: "official@example.org",
  admin: "admin@example.org",
};

/**
 * Route patterns (as in app/**\/page.tsx) swept per role. A dynamic segment is filled with
 * the first link to it seen on an earlier page of the same role (the demo data), or by a
 * rule in DERIVED. A new page must be added here or to EXCLUDED (the first test fails).
 */
const SWEEP: Record<Role, string[]> = {
  public: [
    "/", "/premises", "/premises/[id]", "/premises/alerts/unsubscribe", "/premises/viewings/cancel", "/trainings", "/trainings/[id]", "/trainings/[id]/cancel", "/trainings/[id]/feedback",
    "/marketplace", "/marketplace?tab=products", "/marketplace?tab=demands", "/marketplace/equipment/[id]", "/marketplace/products/[id]",
    "/marketplace/demands/[id]",
    "/news", "/news/[slug]", "/newsletter", "/newsletter/archive", "/newsletter/archive/[id]", "/newsletter/confirm",
    "/newsletter/unsubscribe", "/notifications/unsubscribe", "/organizations", "/organizations/[slug]", "/programme", "/programme/figures", "/search",
    "/accessibility", "/signin", "/signup", "/signin/forgot", "/signin/reset", "/privacy", "/terms",
  ],
  resident: ["/account", "/account/activity", "/account/notifications", "/account/preferences", "/account/privacy", "/account/security", "/account/verified", "/account/registrations", "/marketplace/bookings", "/marketplace/equipment/new", "/signout"],
  pes: [
    "/account", "/account/activity", "/account/organization", "/marketplace?mine=1", "/marketplace/equipment/[id]", "/marketplace/equipment/[id]/edit",
    "/marketplace/bookings", "/marketplace/products/new", "/marketplace/demands/new", "/organizations/[slug]", "/organizations/[slug]/edit",
  ],
  official: [
    "/admin", "/admin/premises", "/admin/premises/new", "/admin/premises/[id]/edit", "/admin/premises/import", "/admin/premises/enquiries",
    "/admin/trainings", "/admin/trainings/new", "/admin/trainings/[id]/edit", "/admin/trainings/[id]/registrations",
    "/admin/trainings/[id]/check-in", "/admin/trainings/[id]/organise", "/admin/approvals",
  ],
  admin: [
    "/admin", "/admin/users", "/admin/audit", "/admin/figures", "/admin/outbox", "/admin/news", "/admin/news/new", "/admin/news/[id]",
    "/admin/news/newsletter", "/admin/news/newsletter/[id]", "/admin/news/partners", "/admin/news/programme",
    "/admin/news/programme/[key]",
  ],
};

/**
 * Dynamic routes visited for every link seen (up to 4), not just the first: the PES
 * member's own notices, so that the one with bookings (the demo mixer) is among them.
 */
const EVERY_LINK: Partial<Record<Role, string[]>> = { pes: ["/marketplace/equipment/[id]"] };

/** Pages not in the sweep, with the reason. */
const EXCLUDED: Record<string, string> = {};

/** Routes no page links to: built from another route's resolved path. */
const DERIVED: Record<string, { from: string; make: (p: string) => string }> = {
  "/trainings/[id]/cancel": { from: "/trainings/[id]", make: (p) => `${p}/cancel?token=not-a-real-token` },
  "/trainings/[id]/feedback": { from: "/trainings/[id]", make: (p) => `${p}/feedback?token=not-a-real-token` },
  "/marketplace/equipment/[id]/edit": { from: "/marketplace/equipment/[id]", make: (p) => `${p}/edit` },
  "/organizations/[slug]/edit": { from: "/organizations/[slug]", make: (p) => `${p}/edit` },
};

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SHOTS = path.resolve("test-results/phone");

/** The route patterns of app/**\/page.tsx ("(group)" folders do not count); with `handlers`, route.ts too. */
function appRoutes(handlers = false): string[] {
  const out: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, /^\(.*\)$/.test(name) ? route : `${route}/${name}`);
      else if (name === "page.tsx" || (handlers && name === "route.ts")) out.push(route || "/");
    }
  };
  walk(path.resolve("app"), "");
  return out.sort();
}

const patternOf = (entry: string) => entry.split("?")[0];
const isDynamic = (pattern: string) => pattern.includes("[");
const regexOf = (pattern: string) =>
  new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/?#]+").replace(/\//g, "\\/")}$`);

interface Problems {
  list: string[];
}

/** Records page errors, console errors and failed same-origin responses of a context. */
function watch(ctx: BrowserContext, page: Page, problems: Problems, current: () => string) {
  page.on("pageerror", (e) => problems.list.push(`${current()}: page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.list.push(`${current()}: console error: ${m.text().slice(0, 400)}`);
  });
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(page.url() || "http://x").origin && r.status() >= 400) {
      problems.list.push(`${current()}: ${r.status()} for ${url.pathname}${url.search}`);
    }
  });
  return answerMapTiles(ctx);
}

/** Runs `fn`; a page that moves on by itself (a client redirect) is measured where it lands. */
async function stable<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i === 3 || !/Execution context was destroyed|navigation/i.test(String(err))) throw err;
      await page.waitForLoadState("load");
    }
  }
}

async function overflow(page: Page): Promise<string | null> {
  return stable(page, () => measure(page));
}

async function measure(page: Page): Promise<string | null> {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (scroll <= inner) return null;
  const culprits = await page.evaluate((w) => {
    const wide: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.right > w + 1 && wide.length < 5) wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (right ${Math.round(r.right)})`);
    }
    return wide.join(", ");
  }, inner);
  return `scrollWidth ${scroll} > ${inner}: ${culprits}`;
}

async function sweep(browser: Browser, role: Role): Promise<string[]> {
  const ctx = await newVisitor(browser);
  const page = await ctx.newPage();
  await page.setViewportSize(PHONE);
  const problems: Problems = { list: [] };
  let current = "(sign-in)";
  await watch(ctx, page, problems, () => current);
  if (role !== "public") await signIn(page, EMAIL[role]);
  if (role === "resident") await residentHistory(page);

  const seen: string[] = [];
  const resolved: Record<string, string> = {};
  // "/marketplace/equipment/new" and "/premises/export" are routes of their own, not an [id].
  const statics = new Set(appRoutes(true).filter((r) => !isDynamic(r)));
  const matcher = (pattern: string) => {
    const re = regexOf(pattern);
    return (href: string) => re.test(href.split(/[?#]/)[0]) && !statics.has(href.split(/[?#]/)[0]);
  };
  const resolve = (entry: string): string | null => {
    const pattern = patternOf(entry);
    if (!isDynamic(pattern)) return entry;
    const derived = DERIVED[pattern];
    if (derived) {
      const base = resolved[derived.from] ?? resolve(derived.from);
      return base ? derived.make(base) : null;
    }
    const matches = matcher(pattern);
    return seen.find((href) => matches(href)) ?? null;
  };
  // Static pages first, so that their links fill the dynamic ones.
  const entries = [...SWEEP[role].filter((e) => !isDynamic(patternOf(e))), ...SWEEP[role].filter((e) => isDynamic(patternOf(e)))];
  for (const entry of entries) {
    const first = resolve(entry);
    if (!first) {
      problems.list.push(`${role} ${entry}: no link to it on the pages before (demo data missing?)`);
      continue;
    }
    resolved[patternOf(entry)] = first.split("?")[0];
    const targets = EVERY_LINK[role]?.includes(entry) ? [...new Set(seen.filter(matcher(entry)))].slice(0, 4) : [first];
    for (const target of targets) await visit(target);
  }
  await ctx.close();
  return problems.list;

  async function visit(target: string) {
    current = `${role} ${target}`;
    await page.setViewportSize(PHONE);
    const res = await page.goto(target, { timeout: 180_000 });
    if (!res || res.status() >= 400) problems.list.push(`${current}: HTTP ${res?.status()}`);
    await stable(page, () => settled(page));
    const phone = await overflow(page);
    if (phone) problems.list.push(`${current} at 390 px: ${phone}`);
    const small = await stable(page, () => smallTargets(page));
    if (small.length) problems.list.push(`${current} at 390 px: buttons under 24×24 px: ${small.join(", ")}`);
    mkdirSync(SHOTS, { recursive: true });
    const slug = `${role}${target}`.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "").slice(0, 120);
    await page.screenshot({ path: path.join(SHOTS, `${slug}.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
    const desktop = await overflow(page);
    if (desktop) problems.list.push(`${current} at 1280 px: ${desktop}`);
    for (const href of await stable(page, () => page.$$eval("a[href^='/']", (as) => as.map((a) => a.getAttribute("href")!)))) {
      if (!seen.includes(href)) seen.push(href);
    }
  }
}

/**
 * The resident's registrations: one cancelled and then renewed, one cancelled, so that
 * "Moje zapisy" shows several states (made through the API, as the scene, not the test).
 */
async function residentHistory(page: Page): Promise<void> {
  await page.goto("/trainings");
  const ids = await page.$$eval("a[href^='/trainings/']", (as) =>
    [...new Set(as.map((a) => a.getAttribute("href")!.match(/^\/trainings\/([0-9a-f-]{36})$/)?.[1]).filter(Boolean))] as string[],
  );
  const call = (query: string, trainingId: string) =>
    page.evaluate(
      async ([q, id]) => {
        const r = await fetch("/api/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q, variables: { id } }) });
        return ((await r.json()) as { errors?: unknown[] }).errors ? false : true;
      },
      [query, trainingId] as const,
    );
  const register = "mutation($id: ID!) { registerForTraining(trainingId: $id) { id } }";
  const cancel = "mutation($id: ID!) { cancelRegistration(trainingId: $id) { id } }";
  let made = 0;
  for (const id of ids) {
    if (made === 2) break;
    if (!(await call(register, id))) continue;
    expect(await call(cancel, id)).toBe(true);
    if (made === 0) expect(await call(register, id)).toBe(true);
    made++;
  }
  expect(made).toBeGreaterThan(0);
}

describe("Phone sweep: every page at 390 and 1280 px", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("every page of app/ is in the sweep list or excluded with a reason", () => {
    const listed = new Set([...Object.values(SWEEP).flat().map(patternOf), ...Object.keys(EXCLUDED)]);
    expect(appRoutes().filter((r) => !listed.has(r))).toEqual([]);
    expect([...listed].filter((r) => !appRoutes().includes(r))).toEqual([]);
  });

  for (const role of Object.keys(SWEEP) as Role[]) {
    test(
      `${role}: no sideways scrolling, no errors, no missing assets`,
      async () => {
        expect(await sweep(browser, role)).toEqual([]);
      },
      20 * 60_000,
    );
  }

  test("on a phone the menu and the filter panel open over the page, pass axe, and a search lands on the result count", async () => {
    const ctx = await newVisitor(browser);
    const page = await ctx.newPage();
    await page.setViewportSize(PHONE);
    await page.goto("/premises");
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    // The results come first: the count is on the first screen.
    expect(await page.locator("#results-count").evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(PHONE.height);

    await page.getByRole("banner").getByText("Menu", { exact: true }).click();
    await page.getByRole("navigation", { name: "Menu główne" }).getByRole("link", { name: "Szkolenia i spotkania" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("banner").getByText("Menu", { exact: true }).click();

    await page.getByText("Filtry i sortowanie").click();
    await page.getByLabel("Powierzchnia od").fill("20");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: /^Pokaż / }).click();
    await page.waitForURL(/areaMin=20/);
    await page.waitForFunction(() => document.activeElement?.id === "results-count");
    expect(await page.locator("details.filter-panel").getAttribute("open")).toBeNull();
    await ctx.close();
  });
});
