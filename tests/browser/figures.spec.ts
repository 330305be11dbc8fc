import ExcelJS from "exceljs";
import type { Browser, BrowserContext } from "playwright-core";
import { anonymousApi, baseUrl, launchBrowser, newVisitor, settled, signIn, withScreenshots } from "./helpers";

/**
 * The programme's figures in a browser: complete without JavaScript (tables), charts with
 * a name, a description and keyboard access, and the exports answer with the same numbers
 * as the API (the detail only for staff).
 */
let browser: Browser;
let anonymous: BrowserContext;
let official: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  [anonymous, official] = await Promise.all([newVisitor(browser), newVisitor(browser)]);
  await signIn(await official.newPage(), "official@example.org");
});
afterAll(() => browser?.close());

describe("programme figures", () => {
  it("without JavaScript the page still shows every section's table", async () => {
    const ctx = await browser.newContext({ baseURL: baseUrl(), locale: "pl-PL", javaScriptEnabled: false });
    const page = await ctx.newPage();
    // A period with data: one without says so instead of tables of column headings only.
    await page.goto("/programme/figures");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator("table").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator("svg.recharts-surface").count()).toBe(0);
    await ctx.close();
  });

  it("each chart is named and described, focusable (tabindex 0), and the arrows read a value out", async () => {
    const page = await anonymous.newPage();
    await withScreenshots("figures-chart-keyboard", [anonymous], async () => {
      await page.goto("/programme/figures");
      await settled(page);
      // The chart itself, not the small legend icons (also svg.recharts-surface).
      const chart = page.locator(".recharts-wrapper > svg.recharts-surface").first();
      await chart.waitFor();
      expect(await chart.getAttribute("role")).toBe("application");
      expect(await chart.getAttribute("tabindex")).toBe("0");
      expect(await chart.locator("title").textContent()).toBe("Lokale według osiedli");
      expect(await chart.locator("desc").textContent()).toMatch(/tabeli pod wykresem/);
      await chart.focus();
      await page.keyboard.press("ArrowRight");
      await expect(page.getByRole("status").filter({ hasText: /\d/ }).first().textContent()).resolves.toMatch(/\d/);
    });
    await page.close();
  });

  it("the XLSX export has the API's numbers; the detail export is for staff only", async () => {
    const res = await anonymous.request.get("/programme/figures/export.xlsx?from=2013-01-01&to=2014-12-31");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as never);
    const d = (await anonymousApi(`{ programmeFigures(period: { from: "2013-01-01T00:00:00+01:00", to: "2014-12-31T23:59:59+01:00" }) {
      premises { offered } trainings { seatsOffered } } }`)).data;
    const premises = wb.worksheets[0];
    expect(String(premises.getCell("A1").value)).toMatch(/2013-01-01 – 2014-12-31/);
    const total = premises.getRow(premises.rowCount);
    expect(total.getCell(2).value).toBe(d.programmeFigures.premises.offered);
    const trainings = wb.worksheets[1];
    expect(trainings.getRow(5).getCell(2).value).toBe(d.programmeFigures.trainings.seatsOffered);

    const publicCsv = await anonymous.request.get("/programme/figures/export.csv?from=2013-01-01&to=2014-12-31");
    expect(publicCsv.headers()["content-type"]).toMatch(/text\/csv/);
    expect(await publicCsv.text()).toMatch(/^\uFEFF?"Lokale wg osiedli — okres 2013-01-01 – 2014-12-31"/);

    expect((await anonymous.request.get("/admin/figures/export.xlsx")).status()).toBe(401);
    const csv = await official.request.get("/admin/figures/export.csv?from=2013-01-01&to=2014-12-31");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/Szkolenia – lista/);
    const xlsx = await official.request.get("/admin/figures/export.xlsx");
    expect(xlsx.status()).toBe(200);
    const detail = new ExcelJS.Workbook();
    await detail.xlsx.load((await xlsx.body()) as never);
    expect(detail.worksheets.map((w) => w.name)).toContain("Ogłoszenia wg statusu");
    expect((await anonymous.request.get("/programme/figures/export.xlsx?from=2014-01-01&to=2013-01-01")).status()).toBe(400);
  });
});
