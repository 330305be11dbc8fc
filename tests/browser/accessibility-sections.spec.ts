import type { Browser, BrowserContext } from "playwright-core";
import { anonymousApi, axeViolations, launchBrowser, newVisitor, settled, signIn, withScreenshots } from "./helpers";

/**
 * axe (WCAG 2.1 A and AA) on the public pages of every section and the officials' main
 * forms — the foundation pages are in accessibility.spec.ts.
 */
let browser: Browser;
let anonymous: BrowserContext;
let official: BrowserContext;
let ids: { premises: string; training: string; news: string; organization: string };

beforeAll(async () => {
  browser = await launchBrowser();
  [anonymous, official] = await Promise.all([newVisitor(browser), newVisitor(browser)]);
  await signIn(await official.newPage(), "official@example.org");
  const d = (await anonymousApi(`{
    premisesSearch(first: 1) { edges { node { id } } }
    trainings(first: 1, upcoming: true) { edges { node { id } } }
    newsPosts(first: 1) { edges { node { slug } } }
    organizations(first: 1) { edges { node { slug } } }
  }`)).data;
  ids = {
    premises: d.premisesSearch.edges[0].node.id,
    training: d.trainings.edges[0].node.id,
    news: d.newsPosts.edges[0].node.slug,
    organization: d.organizations.edges[0].node.slug,
  };
});
afterAll(() => browser?.close());

const pages: [string, "anonymous" | "official"][] = [
  ["/premises", "anonymous"],
  ["/premises?areaMin=40&areaMax=120&districts=Stare+Miasto", "anonymous"],
  ["/premises/:premises", "anonymous"],
  ["/trainings", "anonymous"],
  ["/trainings/:training", "anonymous"],
  ["/news", "anonymous"],
  ["/news/:news", "anonymous"],
  ["/newsletter", "anonymous"],
  ["/marketplace", "anonymous"],
  ["/organizations", "anonymous"],
  ["/organizations/:organization", "anonymous"],
  ["/programme", "anonymous"],
  ["/programme/figures", "anonymous"],
  ["/programme/figures", "official"],
  ["/search?q=lokal", "anonymous"],
  ["/admin/premises/new", "official"],
  ["/admin/trainings/new", "official"],
  ["/marketplace/demands/new", "official"],
  ["/admin/figures", "official"],
  ["/admin/figures?from=2013-01-01&to=2014-12-31", "official"],
];

describe("WCAG 2.1 A and AA on the sections (axe-core)", () => {
  it.each(pages)("%s as %s has no violations", async (pattern, who) => {
    const path = pattern.replace(/:(\w+)/, (_m, k: keyof typeof ids) => encodeURIComponent(ids[k]));
    const ctx = who === "official" ? official : anonymous;
    const page = await ctx.newPage();
    await withScreenshots(`axe-${pattern}`, [ctx], async () => {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await settled(page);
      // The figures' charts load after hydration; check them drawn, not their empty slots.
      if (path.includes("figures")) await page.locator("svg.recharts-surface").first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
    await page.close();
  });
});
