/**
 * Developer tool: screenshots of the main pages, per demo account, at a phone (390×844)
 * and a desktop (1280×900), with JavaScript on and off, for a person to look at.
 *
 *   BASE_URL=http://localhost:3000 npx ts-node scripts/screenshots.ts [out-dir] [filter]
 *
 * The app must run with the demo data (`npm run dev` or `npm start` outside production).
 * PNGs go to out-dir (default /tmp/shots), named role-page-viewport-js|nojs.png; `filter`
 * keeps only the pages whose name contains it. Each PNG is the top of the page, at most
 * MAX_HEIGHT pixels. Nothing is asserted: the browser suite does that.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { signIn } from "../tests/browser/helpers";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const OUT = path.resolve(process.argv[2] ?? "/tmp/shots");
const FILTER = process.argv[3] ?? "";
const PASSWORD = process.env.DEMO_PASSWORD ?? "pestor-demo";
const MAX_HEIGHT = 2400;
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

/**
 * A page: its name, and its path, where "{x}" is replaced by the path of the first link
 * on an earlier page of the same account that matches LINKS[x].
 */
type Shot = [name: string, path: string];
const LINKS: Record<string, RegExp> = {
  premises: /^\/premises\/[0-9a-f-]{36}$/,
  training: /^\/trainings\/[0-9a-f-]{36}$/,
  equipment: /^\/marketplace\/equipment\/[0-9a-f-]{36}$/,
  product: /^\/marketplace\/products\/[0-9a-f-]{36}$/,
  demand: /^\/marketplace\/demands\/[0-9a-f-]{36}$/,
  post: /^\/news\/(?!rss\.xml$)[^/?]+$/,
  organisation: /^\/organizations\/[^/?]+$/,
  adminPremises: /^\/admin\/premises\/[0-9a-f-]{36}\/edit$/,
  adminTraining: /^\/admin\/trainings\/[0-9a-f-]{36}\/edit$/,
  adminPost: /^\/admin\/news\/[0-9a-f-]{36}$/,
};

const PAGES: Record<string, { email?: string; shots: Shot[] }> = {
  public: {
    shots: [
      ["home", "/"],
      ["premises", "/premises"],
      ["premises-filtered", "/premises?district=Stare+Miasto&areaMin=20&areaMax=200&order=RENT_ASC"],
      ["premises-page", "{premises}"],
      ["trainings", "/trainings"],
      ["training", "{training}"],
      ["marketplace", "/marketplace"],
      ["marketplace-products", "/marketplace?tab=products"],
      ["marketplace-demands", "/marketplace?tab=demands"],
      ["equipment", "{equipment}"],
      ["product", "{product}"],
      ["demand", "{demand}"],
      ["news", "/news"],
      ["post", "{post}"],
      ["newsletter", "/newsletter"],
      ["organisations", "/organizations"],
      ["organisation", "{organisation}"],
      ["programme", "/programme"],
      ["search", "/search?q=szkolenie"],
      ["signup", "/signup"],
      ["signin", "/signin"],
      ["forgot", "/signin/forgot"],
    ],
  },
  resident: {
    email: "resident@example.org",
    shots: [
      ["account", "/account"],
      ["activity", "/account/activity"],
      ["notifications", "/account/notifications"],
      ["preferences", "/account/preferences"],
      ["privacy", "/account/privacy"],
      ["security", "/account/security"],
      ["registrations", "/account/registrations"],
      ["bookings", "/marketplace/bookings"],
    ],
  },
  pes: {
    email: "pes@example.org",
    shots: [
      ["account", "/account"],
      ["organisation-account", "/account/organization"],
      ["marketplace-mine", "/marketplace?mine=1"],
      ["equipment", "{equipment}"],
      ["equipment-new", "/marketplace/equipment/new"],
      ["product-new", "/marketplace/products/new"],
      ["demand-new", "/marketplace/demands/new"],
      ["organisations", "/organizations"],
      ["organisation", "{organisation}"],
      ["organisation-edit", "{organisation}/edit"],
    ],
  },
  official: {
    email: "official@example.org",
    shots: [
      ["admin", "/admin"],
      ["admin-premises", "/admin/premises"],
      ["admin-premises-new", "/admin/premises/new"],
      ["admin-premises-edit", "{adminPremises}"],
      ["admin-enquiries", "/admin/premises/enquiries"],
      ["admin-trainings", "/admin/trainings"],
      ["admin-trainings-new", "/admin/trainings/new"],
      ["admin-trainings-edit", "{adminTraining}"],
      ["admin-approvals", "/admin/approvals"],
    ],
  },
  admin: {
    email: "admin@example.org",
    shots: [
      ["admin", "/admin"],
      ["admin-users", "/admin/users"],
      ["admin-audit", "/admin/audit"],
      ["admin-news", "/admin/news"],
      ["admin-news-new", "/admin/news/new"],
      ["admin-news-edit", "{adminPost}"],
      ["admin-newsletter", "/admin/news/newsletter"],
      ["admin-partners", "/admin/news/partners"],
      ["admin-programme", "/admin/news/programme"],
    ],
  },
};

/** Remembers the first link of each kind seen, for the "{x}" paths that follow. */
async function collectLinks(page: Page, found: Record<string, string>): Promise<void> {
  const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const [kind, re] of Object.entries(LINKS)) {
    found[kind] ??= hrefs.find((h) => re.test(h)) ?? "";
    if (!found[kind]) delete found[kind];
  }
}

async function shoot(ctx: BrowserContext, file: string, url: string, found: Record<string, string>): Promise<void> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(300);
    await collectLinks(page, found);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const width = page.viewportSize()!.width;
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) } });
  } catch (err) {
    console.error(`${url}: ${(err as Error).message.split("\n")[0]}`);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const [role, { email, shots }] of Object.entries(PAGES)) {
      // Signed in through the form as the browser tests do (their `signIn` asks for relative paths).
      const login = await browser.newContext({ locale: "pl-PL", baseURL: BASE });
      if (email) await signIn(await login.newPage(), email, PASSWORD);
      const storageState = await login.storageState();
      await login.close();
      const found: Record<string, string> = {};
      for (const [name, pattern] of shots) {
        if (FILTER && !`${role}-${name}`.includes(FILTER)) {
          // Still visited once, so that the links of later pages resolve.
          if (!pattern.includes("{")) {
            const ctx = await browser.newContext({ locale: "pl-PL", storageState });
            const page = await ctx.newPage();
            await page.goto(`${BASE}${pattern}`).catch(() => undefined);
            await collectLinks(page, found);
            await ctx.close();
          }
          continue;
        }
        const resolved = pattern.replace(/\{(\w+)\}/g, (_, k: string) => found[k] ?? `/missing-${k}`);
        for (const [vp, viewport] of Object.entries(VIEWPORTS)) {
          for (const js of [true, false]) {
            const ctx = await browser.newContext({ locale: "pl-PL", viewport, storageState, javaScriptEnabled: js });
            await shoot(ctx, path.join(OUT, `${role}-${name}-${vp}-${js ? "js" : "nojs"}.png`), `${BASE}${resolved}`, found);
            await ctx.close();
          }
        }
        console.log(`${role} ${name}: ${resolved}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
