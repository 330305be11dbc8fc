import type { Client } from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { appDatabase, axeViolations, baseUrl, expectNoSidewaysScroll, launchBrowser, newVisitor, settled, signedInPage, signUp, uniqueEmail } from "./helpers";

/**
 * Details a person's look at the pages found wrong (lists written into sentences, numbers,
 * layout at 390 px, what is left without JavaScript), each pinned where a page shows it.
 */
let browser: Browser;
let db: Client;
const open: BrowserContext[] = [];
beforeAll(async () => {
  [browser, db] = await Promise.all([launchBrowser(), appDatabase()]);
});
afterEach(() => Promise.all(open.splice(0).map((c) => c.close())));
afterAll(() => Promise.all([db?.end(), browser?.close()]));

async function visitor(viewport: "phone" | "desktop" = "desktop", javaScriptEnabled = true) {
  const ctx = javaScriptEnabled
    ? await newVisitor(browser, viewport)
    : await browser.newContext({ baseURL: baseUrl(), locale: "pl-PL", javaScriptEnabled, viewport: viewport === "phone" ? { width: 390, height: 844 } : { width: 1280, height: 900 } });
  open.push(ctx);
  return ctx;
}

test("premises details: utilities read as a Polish sentence, coordinates with decimal commas", async () => {
  const { rows } = await db.query(
    "SELECT id FROM premises WHERE cardinality(utilities) >= 2 AND latitude IS NOT NULL AND status <> 'WITHDRAWN' ORDER BY address LIMIT 1",
  );
  const page = await (await visitor()).newPage();
  await page.goto(`/premises/${rows[0].id}`);
  const utilities = (await page.locator("dt", { hasText: /^Media$/ }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
  expect(utilities).toMatch(/^\p{Lu}\p{Ll}.* i \p{Ll}/u);
  expect(utilities).not.toMatch(/(, | i )\p{Lu}\p{Ll}/u);
  expect(await page.getByText(/^Współrzędne:/).textContent()).toMatch(/^Współrzędne: \d+,\d{5}; \d+,\d{5}$/);
});

test("the owner's bookings on a phone are cards: the actions are on the screen, nothing scrolls sideways", async () => {
  const { rows } = await db.query(
    "SELECT b.notice_id FROM bookings b JOIN users u ON u.id = b.borrower_id WHERE u.email = 'resident@example.org' AND b.status = 'REQUESTED' LIMIT 1",
  );
  const page = await signedInPage(await visitor("phone"), "pes@example.org");
  await page.goto(`/marketplace/equipment/${rows[0].notice_id}`);
  const section = page.locator("section[aria-labelledby=requests-heading]");
  const buttons = section.locator("table button");
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(390);
  const [scroll, client] = await section.locator("[role=region]").evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  await expectNoSidewaysScroll(page);
});

test("an admin's header on a phone is two rows: the brand with the menu button, then the badges", async () => {
  const page = await signedInPage(await visitor("phone"), "admin@example.org");
  await page.goto("/admin");
  const box = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
  const [brand, menu, badges] = await Promise.all([box(".site-header .brand"), box(".site-menu-toggle"), box(".header-badges")]);
  expect(menu.top).toBeLessThan(brand.bottom); // beside the brand
  expect(badges.top).toBeGreaterThanOrEqual(Math.max(brand.bottom, menu.bottom) - 1);
  const line = await page.locator(".header-badges a").first().evaluate((e) => e.getBoundingClientRect().height);
  expect(badges.height).toBeLessThan(line * 1.5); // one line of badges
});

test("without JavaScript, a training's \"Jak dojechać\" gives the venue and a route link", async () => {
  const { rows } = await db.query(
    "SELECT id, venue FROM trainings WHERE latitude IS NOT NULL AND cancelled_at IS NULL ORDER BY cardinality(audience) DESC, starts_at LIMIT 1",
  );
  const page = await (await visitor("phone", false)).newPage();
  await page.goto(`/trainings/${rows[0].id}`);
  const section = page.locator("section[aria-labelledby=map-heading]");
  expect(await section.getByRole("heading", { name: "Jak dojechać" }).count()).toBe(1);
  expect(await section.textContent()).toContain(rows[0].venue);
  expect(await section.getByRole("link", { name: "Wyznacz trasę w OpenStreetMap" }).getAttribute("href")).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?/);
  // The audience is a sentence too ("Urzędnicy i przedstawiciele PES").
  const audience = (await page.locator("dt", { hasText: /^Dla kogo$/ }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "";
  expect(audience).not.toMatch(/(, | i )\p{Lu}\p{Ll}/u);
});

test("a news article's meta line keeps the dot with the date, never at the start of the author", async () => {
  const { rows } = await db.query("SELECT slug FROM news_posts WHERE status = 'PUBLISHED' AND published_at <= now() AND author_id IS NOT NULL LIMIT 1");
  const page = await (await visitor("phone")).newPage();
  await page.goto(`/news/${rows[0].slug}`);
  const parts = page.locator("article > p:has(time) > span");
  expect(await parts.nth(1).textContent()).toMatch(/^Autor: /);
  expect(await parts.nth(0).evaluate((e) => getComputedStyle(e, "::after").content)).toBe('"·"');
});

test("a resident's account says \"Osoba fizyczna\" once", async () => {
  const page = await signedInPage(await visitor(), "resident@example.org");
  await page.goto("/account");
  expect(await page.locator("section[aria-labelledby=profile-heading] dd", { hasText: "Osoba fizyczna" }).count()).toBe(1);
});

test("an official's enquiries inbox says that it is empty once, or counts what it lists", async () => {
  // Other specs may have sent enquiries about the official's premises by now: both states say one thing.
  const { rows } = await db.query(
    "SELECT count(*)::int AS n FROM premises_enquiries e JOIN premises p ON p.id = e.premises_id JOIN users u ON u.id = p.owner_id WHERE u.email = 'official@example.org'",
  );
  const page = await signedInPage(await visitor(), "official@example.org");
  await page.goto("/admin/premises/enquiries");
  const main = page.locator("main");
  if (rows[0].n === 0) {
    await expect(main.locator(".empty-state").textContent()).resolves.toBe("Nie ma jeszcze zapytań o Twoje lokale.");
    expect(await main.getByText(/^Brak zapytań/).count()).toBe(0);
  } else {
    expect(await main.locator(".empty-state").count()).toBe(0);
    expect(await main.getByText(/zapyta(nie|nia|ń) o Twoje lokale$/).count()).toBe(1);
  }
});

// The stacked bookings table writes its table roles out (Safari drops them where CSS changes
// display), and a demand's signed-in forms arrive as separate chunks: both checked by axe
// where their layout differs, on a phone.
test("on a phone, the stacked bookings table and a demand's lazily loaded forms pass axe and stay on the screen", async () => {
  const { rows: bookings } = await db.query(
    "SELECT b.notice_id FROM bookings b JOIN users u ON u.id = b.borrower_id WHERE u.email = 'resident@example.org' AND b.status = 'REQUESTED' LIMIT 1",
  );
  const owner = await signedInPage(await visitor("phone"), "pes@example.org");
  await owner.goto(`/marketplace/equipment/${bookings[0].notice_id}`);
  await owner.locator("section[aria-labelledby=requests-heading] table[role=table]").waitFor();
  expect(await axeViolations(owner)).toEqual([]);
  await expectNoSidewaysScroll(owner);

  const borrower = await signedInPage(await visitor("phone"), "resident@example.org");
  await borrower.goto("/marketplace/bookings");
  await borrower.getByRole("heading", { level: 1 }).waitFor();
  await settled(borrower);
  expect(await axeViolations(borrower)).toEqual([]);
  await expectNoSidewaysScroll(borrower);

  const { rows: demands } = await db.query("SELECT id FROM demands WHERE status = 'OPEN' AND deadline > now() ORDER BY deadline LIMIT 1");
  const member = await signedInPage(await visitor("phone"), "pes@example.org");
  await member.goto(`/marketplace/demands/${demands[0].id}`);
  // The offer form is one of the lazily loaded chunks: wait for it, then judge the whole page.
  await member.getByRole("button", { name: /Złóż ofertę/ }).waitFor();
  await settled(member);
  expect(await axeViolations(member)).toEqual([]);
  await expectNoSidewaysScroll(member);
});

test("a user's role select on /admin/users looks like every other field, not the browser's 19 px one", async () => {
  const page = await signedInPage(await visitor(), "admin@example.org");
  await page.goto("/admin/users");
  const look = (e: Element) => {
    const s = getComputedStyle(e);
    return { fontSize: s.fontSize, padding: s.padding, borderColor: s.borderColor };
  };
  const role = page.locator("main table select").first();
  expect(await role.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThanOrEqual(24);
  expect(await role.evaluate(look)).toEqual(await page.locator("#users-q").evaluate(look));
});

test("on a phone, the news desk's buttons follow its heading without a gap of nothing", async () => {
  const page = await signedInPage(await visitor("phone"), "admin@example.org");
  await page.goto("/admin/news");
  const heading = await page.getByRole("heading", { level: 1 }).evaluate((e) => e.getBoundingClientRect().bottom + parseFloat(getComputedStyle(e).marginBottom));
  const button = await page.getByRole("link", { name: "Nowa wiadomość" }).evaluate((e) => e.getBoundingClientRect().top);
  expect(button - heading).toBeLessThanOrEqual(1);
});

test("on a phone, the approvals' rows are cards: the decision buttons are on the screen, axe passes", async () => {
  const page = await signedInPage(await visitor("phone"), "admin@example.org");
  await page.goto("/admin/approvals");
  await settled(page);
  const buttons = page.locator("main table button");
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const right of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(right).toBeLessThanOrEqual(390);
  for (const [scroll, client] of await page.locator("main [role=region]").evaluateAll((els) => els.map((e) => [e.scrollWidth, e.clientWidth]))) {
    expect(scroll).toBeLessThanOrEqual(client);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test("on a phone, the back office's tables are cards: each row's controls are on the screen, axe passes", async () => {
  const pages = [
    ["admin@example.org", "/admin/users"],
    ["admin@example.org", "/admin/news"],
    ["official@example.org", "/admin/premises"],
    ["official@example.org", "/admin/trainings"],
  ];
  for (const [email, path] of pages) {
    const page = await signedInPage(await visitor("phone"), email);
    await page.goto(path);
    await settled(page);
    const controls = page.locator("main table :is(a, button, select)");
    expect(`${path} ${await controls.count()}`).not.toBe(`${path} 0`);
    for (const right of await controls.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(`${path} ${right}`).toBe(`${path} ${Math.min(right, 390)}`);
    for (const [scroll, client] of await page.locator("main table").evaluateAll((els) => els.map((e) => [e.parentElement!.scrollWidth, e.parentElement!.clientWidth]))) {
      expect(`${path} ${scroll}`).toBe(`${path} ${Math.min(scroll, client)}`);
    }
    await expectNoSidewaysScroll(page);
    expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
  }
});

test("on a phone, the programme figures' three-column tables fit their box: no heading is cut at its edge", async () => {
  const page = await (await visitor("phone")).newPage();
  await page.goto("/programme/figures");
  await settled(page);
  const tables = await page.locator("main table").evaluateAll((els) =>
    els.map((t) => ({ columns: t.querySelectorAll("thead th").length, scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth })),
  );
  const narrow = tables.filter((t) => t.columns === 3);
  expect(narrow.length).toBeGreaterThan(0);
  for (const t of narrow) expect(t.scroll).toBeLessThanOrEqual(t.client);
});

test("on a phone, a figures table wider than its box keeps its row headings in view while its numbers scroll", async () => {
  const page = await (await visitor("phone")).newPage();
  await page.goto("/programme/figures");
  await settled(page);
  const wide = page.locator("main .table-wrap").filter({ has: page.locator("tbody th[scope=row]") });
  const shifts = await wide.evaluateAll((boxes) =>
    boxes
      .filter((b) => b.scrollWidth > b.clientWidth)
      .map((b) => {
        b.scrollLeft = b.scrollWidth;
        const th = b.querySelector("tbody th[scope=row]")!;
        return { heading: th.textContent, left: Math.round(th.getBoundingClientRect().left - b.getBoundingClientRect().left) };
      }),
  );
  expect(shifts.length).toBeGreaterThan(0); // the districts' and the social value's tables
  for (const s of shifts) expect(s).toEqual({ heading: s.heading, left: 0 });
  expect(await axeViolations(page)).toEqual([]);
});

test("on a phone, a training's check-in list has each checkbox on the line of its name", async () => {
  const { rows } = await db.query("SELECT training_id FROM registrations WHERE status <> 'CANCELLED' GROUP BY training_id ORDER BY count(*) DESC LIMIT 1");
  const page = await signedInPage(await visitor("phone"), "official@example.org");
  await page.goto(`/admin/trainings/${rows[0].training_id}/check-in`);
  const items = page.locator("main li:has(input[type=checkbox])");
  await items.first().waitFor();
  const middle = (r: DOMRect) => (r.top + r.bottom) / 2;
  const centres = await items.evaluateAll((lis) =>
    lis.map((li) => [li.querySelector("input")!.getBoundingClientRect().toJSON() as DOMRect, li.querySelector("label")!.getBoundingClientRect().toJSON() as DOMRect]),
  );
  for (const [box, label] of centres) expect(Math.abs(middle(box) - middle(label))).toBeLessThanOrEqual(1);
});

test("the Polish premises and training forms write coordinates with a decimal comma, as the pages show them", async () => {
  const { rows } = await db.query(
    "SELECT p.id FROM premises p JOIN users u ON u.id = p.owner_id WHERE u.email = 'official@example.org' AND p.latitude IS NOT NULL LIMIT 1",
  );
  const page = await signedInPage(await visitor(), "official@example.org");
  for (const path of ["/admin/premises/new", "/admin/trainings/new", `/admin/premises/${rows[0].id}/edit`]) {
    await page.goto(path);
    await settled(page);
    const field = page.getByLabel("Szerokość geograficzna", { exact: true });
    const hint = (await field.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${hint.split(" ")[0]}"]`).textContent()).toMatch(/^Np\. \d+,\d+ /);
    if (path.endsWith("/edit")) expect(await field.inputValue()).toMatch(/^\d+,\d+$/);
  }
});

test("an organisation's name is as far from its description as any heading from what follows", async () => {
  const { rows } = await db.query("SELECT slug FROM organizations WHERE description IS NOT NULL AND logo_key IS NULL AND logo_url IS NULL ORDER BY slug LIMIT 1");
  const page = await (await visitor("phone")).newPage();
  await page.goto(`/organizations/${rows[0].slug}`);
  const h1 = await page.getByRole("heading", { level: 1 }).evaluate((e) => e.getBoundingClientRect().bottom);
  const next = await page.locator("article > p:not(.back-link)").first().evaluate((e) => e.getBoundingClientRect().top);
  expect(next - h1).toBeLessThanOrEqual(17);
});

test("a form's button keeps a gap from the checkbox above it (a training's form, its materials)", async () => {
  const page = await signedInPage(await visitor(), "official@example.org");
  const gap = async (checkbox: string, button: string) => {
    const above = await page.getByLabel(checkbox, { exact: true }).locator("xpath=..").evaluate((e) => e.getBoundingClientRect().bottom);
    const below = await page.getByRole("button", { name: button, exact: true }).evaluate((e) => e.getBoundingClientRect().top);
    return below - above;
  };
  await page.goto("/admin/trainings/new");
  expect(await gap("Pytaj o potrzeby dotyczące dostępności", "Zapisz")).toBeGreaterThanOrEqual(12);
  const { rows } = await db.query("SELECT id FROM trainings WHERE cancelled_at IS NULL ORDER BY starts_at DESC LIMIT 1");
  await page.goto(`/admin/trainings/${rows[0].id}/organise`);
  expect(await gap("Widoczny dla wszystkich (inaczej tylko dla zapisanych)", "Dodaj materiał")).toBeGreaterThanOrEqual(12);
});

test("on a phone, the header's links to one's matters and notifications are at least 24 px high, a count apart from its word", async () => {
  const page = await signedInPage(await visitor("phone"), "admin@example.org");
  await page.goto("/admin");
  const heights = await page.locator(".header-badges a").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(0);
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(24);
  const gaps = await page.locator(".header-badges a:has(.badge)").evaluateAll((els) =>
    els.map((a) => {
      const word = document.createRange();
      word.selectNodeContents(a.firstChild!);
      return a.querySelector(".badge")!.getBoundingClientRect().left - word.getBoundingClientRect().right;
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const g of gaps) expect(g).toBeGreaterThanOrEqual(3);
});

test("on a phone, a training's facts stack as a premises' do: each value under its term, across the screen", async () => {
  const { rows } = await db.query("SELECT id FROM trainings WHERE host IS NOT NULL AND cancelled_at IS NULL ORDER BY starts_at DESC LIMIT 1");
  const page = await (await visitor("phone")).newPage();
  await page.goto(`/trainings/${rows[0].id}`);
  const where = page.locator("dt", { hasText: /^Gdzie$/ });
  const [term, value] = await Promise.all([
    where.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect),
    where.locator("xpath=following-sibling::dd[1]").evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect),
  ]);
  expect(value.left).toBe(term.left);
  expect(value.top).toBeGreaterThanOrEqual(term.bottom);
  expect(value.width).toBeGreaterThan(300);
});

test("a refused form puts the focus on its first refused field, not on one further down (a demand's offer, a news post)", async () => {
  const { rows } = await db.query("SELECT id FROM demands WHERE status = 'OPEN' AND deadline > now() ORDER BY deadline LIMIT 1");
  const member = await signedInPage(await visitor("phone"), "pes2@example.org");
  await member.goto(`/marketplace/demands/${rows[0].id}`);
  const offer = member.locator("form[aria-labelledby=offer-heading]");
  await offer.getByRole("button", { name: /^(Złóż|Zastąp) ofertę$/ }).waitFor();
  await settled(member);
  // Another spec may have sent this organisation's offer: its fields are emptied first.
  await offer.getByLabel("Cena (zł brutto)", { exact: true }).fill("");
  await offer.getByLabel("Treść oferty", { exact: true }).fill("");
  await offer.getByRole("button", { name: /^(Złóż|Zastąp) ofertę$/ }).click();
  await offer.getByText("To pole jest wymagane").first().waitFor();
  expect(await member.evaluate(() => document.activeElement?.id)).toBe("offer-price");

  const admin = await signedInPage(await visitor("phone"), "admin@example.org");
  await admin.goto("/admin/news/new");
  await settled(admin);
  await admin.getByRole("button", { name: "Zapisz", exact: true }).click();
  await admin.locator("#news-title-error").waitFor();
  expect(await admin.evaluate(() => document.activeElement?.id)).toBe("news-title");
});

test("saving an organisation's profile is confirmed on the profile it goes back to, and the confirmation takes the focus", async () => {
  const page = await signedInPage(await visitor("phone"), "pes@example.org");
  await page.goto("/organizations/spoldzielnia-socjalna-piernikowa-pracownia/edit");
  await settled(page);
  await page.getByRole("button", { name: "Zapisz profil" }).click();
  await page.waitForURL(/\/organizations\/spoldzielnia-socjalna-piernikowa-pracownia$/);
  const done = page.getByRole("status").filter({ hasText: "Zapisano profil organizacji." });
  await done.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "action-status");
  // Said once: coming back later shows the profile alone.
  await page.reload();
  await page.getByRole("heading", { level: 1 }).waitFor();
  expect(await page.getByText("Zapisano profil organizacji.").count()).toBe(0);
});

test("on a phone, a check-in code that is not found reads as an error, and the code field keeps the focus for the next one", async () => {
  const { rows } = await db.query("SELECT training_id FROM registrations WHERE status = 'CONFIRMED' GROUP BY training_id LIMIT 1");
  const page = await signedInPage(await visitor("phone"), "official@example.org");
  await page.goto(`/admin/trainings/${rows[0].training_id}/check-in`);
  await settled(page);
  const code = page.getByLabel("Kod z potwierdzenia (QR)", { exact: true });
  await code.fill("NIEMATAKIEGO");
  await code.press("Enter");
  const outcome = page.getByRole("status").filter({ hasText: "Nie znaleziono potwierdzonego zapisu z tym kodem." });
  await outcome.waitFor();
  expect(await outcome.getAttribute("class")).toContain("alert-error");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("check-in-code");
});

test("on a phone, the trainings' view links (the list's and the back office's) are 24 px tap targets, the current one marked", async () => {
  const page = await signedInPage(await visitor("phone"), "official@example.org");
  for (const [path, nav] of [["/trainings?view=past", "Szkolenia i spotkania"], ["/admin/trainings?view=past", "Szkolenia i spotkania"]]) {
    await page.goto(path);
    const links = page.getByRole("navigation", { name: nav, exact: true }).getByRole("link");
    const looks = await links.evaluateAll((els) =>
      els.map((e) => ({ current: e.getAttribute("aria-current") === "page", high: e.getBoundingClientRect().height >= 24, weight: getComputedStyle(e).fontWeight })),
    );
    expect(looks.length).toBe(3);
    for (const l of looks) expect({ path, ...l, high: true, weight: l.current ? "700" : l.weight }).toEqual({ path, ...l });
    expect(looks.filter((l) => l.weight === "700").map((l) => l.current)).toEqual([true]);
  }
});

test("creating a news post or a newsletter issue is confirmed, focused, on the page it goes on to", async () => {
  const suffix = Date.now().toString(36);
  const page = await signedInPage(await visitor("phone"), "admin@example.org");
  await page.goto("/admin/news/new");
  await settled(page);
  await page.getByLabel("Tytuł", { exact: true }).fill(`Szkic z telefonu ${suffix}`);
  await page.getByLabel("Treść (Markdown)", { exact: true }).fill("Treść szkicu.");
  await page.getByRole("button", { name: "Zapisz", exact: true }).click();
  await page.waitForURL(/\/admin\/news\/[0-9a-f-]{36}$/);
  await page.getByRole("status").filter({ hasText: "Utworzono szkic." }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "action-status");

  await page.goto("/admin/news/newsletter");
  await settled(page);
  await page.getByLabel("Temat", { exact: true }).fill(`Wydanie z telefonu ${suffix}`);
  await page.locator("input[id^=issue-post-]").first().check();
  await page.getByRole("button", { name: "Utwórz wydanie" }).click();
  await page.waitForURL(/\/admin\/news\/newsletter\/[0-9a-f-]{36}$/);
  await page.getByRole("status").filter({ hasText: "Zapisano." }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "action-status");
});

test("on a phone, a consent longer than its line wraps beside its checkbox, the box on its first line", async () => {
  const page = await (await visitor("phone")).newPage();
  await page.goto("/newsletter");
  const [box, label, lineHeight] = await page.locator("#newsletter-consent").evaluate((input) => {
    const l = document.querySelector(`label[for="${input.id}"]`)!;
    return [input.getBoundingClientRect().toJSON() as DOMRect, l.getBoundingClientRect().toJSON() as DOMRect, parseFloat(getComputedStyle(l).lineHeight)] as const;
  });
  expect(label.height).toBeGreaterThan(2 * lineHeight); // it does wrap at 390 px
  expect(label.left).toBeGreaterThanOrEqual(box.right + 4); // every line beside the box, none under it
  expect(Math.abs((box.top + box.bottom) / 2 - (label.top + lineHeight / 2))).toBeLessThanOrEqual(2);
});

test("the cards of a grid line up: every card of a row starts at the same height (home, figures)", async () => {
  const page = await (await visitor()).newPage();
  for (const path of ["/", "/programme/figures"]) {
    await page.goto(path);
    const rows = await page.locator("main ul.grid").first().evaluate((ul) => {
      const columns = getComputedStyle(ul).gridTemplateColumns.split(" ").length;
      const tops = [...ul.children].map((li) => Math.round(li.getBoundingClientRect().top));
      return { columns, tops: tops.length, distinct: new Set(tops).size };
    });
    expect(rows.columns).toBeGreaterThan(1);
    expect(`${path}: ${rows.distinct} rows`).toBe(`${path}: ${Math.ceil(rows.tops / rows.columns)} rows`);
  }
});

/** A visitor who switched the site to English (the language switch's cookie). */
async function englishVisitor() {
  const ctx = await visitor();
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  return ctx;
}

test("in English, the figures are written the English way (8,180.51, not 8180,51)", async () => {
  const page = await (await englishVisitor()).newPage();
  await page.goto("/programme/figures");
  const area = page.locator("main li.card", { hasText: /^Total area/ }).locator("strong");
  expect(await area.textContent()).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
  const cell = page.locator("section[aria-labelledby=fig-premises] tbody tr").first().locator("td").nth(4);
  expect(await cell.textContent()).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
});

/** A page as it is printed on A4: print styles at the paper's width (190 mm between the margins). */
async function asPrinted(page: Page): Promise<void> {
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.emulateMedia({ media: "print" });
}

test("printed, a training's registrations and the figures keep every column on the paper; a training's page prints no button nor the map's search address", async () => {
  const { rows } = await db.query("SELECT training_id FROM registrations WHERE status <> 'CANCELLED' GROUP BY training_id ORDER BY count(*) DESC LIMIT 1");
  const page = await signedInPage(await visitor(), "admin@example.org");
  await asPrinted(page);
  for (const path of [`/admin/trainings/${rows[0].training_id}/registrations`, "/programme/figures"]) {
    await page.goto(path);
    const overflowing = await page.locator("main table").evaluateAll((tables) =>
      tables.map((t) => t.getBoundingClientRect().right).filter((right) => right > document.documentElement.clientWidth),
    );
    expect(`${path}: ${overflowing.length} tables past the paper's edge`).toBe(`${path}: 0 tables past the paper's edge`);
  }

  await page.goto(`/trainings/${rows[0].training_id}`);
  const shown = await page.locator("main .button").evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== "none").map((e) => e.textContent));
  expect(shown).toEqual([]);
  expect(await page.locator("main").innerText()).not.toContain("openstreetmap.org/search");
});

test("printed, an official's demand shows no file picker nor its amendment form", async () => {
  const { rows } = await db.query(
    "SELECT d.id FROM demands d JOIN users u ON u.id = d.created_by_id WHERE u.email = 'official@example.org' AND d.deadline > now() AND d.status = 'OPEN' LIMIT 1",
  );
  const page = await signedInPage(await visitor(), "official@example.org");
  await page.goto(`/marketplace/demands/${rows[0].id}`);
  await asPrinted(page);
  const picker = page.locator("main input[type=file]");
  expect(await picker.count()).toBeGreaterThan(0); // the official's uploader is on the page…
  expect(await picker.isVisible()).toBe(false); // …and not on paper
  expect(await page.locator("main details summary").filter({ hasText: "Zmień zapotrzebowanie" }).isVisible()).toBe(false);
});

test("printed, the figures say their period, not how to read a chart with the keyboard", async () => {
  const page = await (await visitor()).newPage();
  await page.goto("/programme/figures?from=2013-01-01&to=2014-12-31");
  await asPrinted(page);
  expect(await page.locator("main").innerText()).toContain("Okres: 1 sty 2013 – 31 gru 2014");
  expect(await page.getByText(/^Każdy wykres/).isVisible()).toBe(false);
  await page.goto("/programme/figures");
  expect(await page.locator("main").innerText()).toContain("Okres: Cały okres");
});

test("the figures of a period without premises, organisations or notices draw no empty chart", async () => {
  const page = await (await visitor()).newPage();
  await page.goto("/programme/figures?from=2013-01-01&to=2014-12-31");
  await settled(page);
  await page.locator(".recharts-wrapper").first().waitFor();
  await page.waitForTimeout(500); // the other charts render in the same pass; give them a moment
  const marks = await page
    .locator(".recharts-wrapper")
    .evaluateAll((charts) => charts.map((c) => c.querySelectorAll(".recharts-bar-rectangle, .recharts-line-curve").length));
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.filter((n) => n === 0)).toEqual([]);
});

test("in English, a saved search's suggested name writes its rent in PLN and its words in English quotes", async () => {
  const ctx = await visitor();
  const page = await signedInPage(ctx, "resident@example.org");
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseUrl() }]);
  await page.goto("/premises?rentMax=3000&text=lazienna");
  expect(await page.getByLabel("Name of the search", { exact: true }).inputValue()).toBe("PLN 0–3000, “lazienna”");
});

test("a new person's notifications say they are empty the way every other list does (the dashed box)", async () => {
  const page = await (await visitor()).newPage();
  await page.goto("/signup");
  await signUp(page, { name: "Nowy Czytelnik", email: uniqueEmail("notif"), password: "Piernik-Wisla-Kopernik-7" });
  await page.getByRole("banner").getByText("Zalogowano jako Nowy Czytelnik").waitFor();
  await page.goto("/account/notifications");
  expect(await page.locator("main .empty-state").textContent()).toBe("Nie masz jeszcze żadnych powiadomień.");
});

test("a printed check-in list says when and where the session was", async () => {
  const { rows } = await db.query(
    "SELECT t.id, t.venue FROM trainings t JOIN registrations r ON r.training_id = t.id WHERE t.venue IS NOT NULL AND r.status = 'CONFIRMED' LIMIT 1",
  );
  const page = await signedInPage(await visitor(), "official@example.org");
  await page.goto(`/admin/trainings/${rows[0].id}/check-in`);
  await page.emulateMedia({ media: "print" });
  const when = page.getByTestId("check-in-when");
  expect(await when.isVisible()).toBe(true);
  expect(await when.textContent()).toMatch(new RegExp(`^\\p{L}+\\., \\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2} · ${rows[0].venue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u"));
});

test("a back-office page reached after a save lands keyboard and screen-reader users on its confirmation", async () => {
  const [{ rows: trainings }, { rows: premises }] = await Promise.all([db.query("SELECT id FROM trainings LIMIT 1"), db.query("SELECT id FROM premises LIMIT 1")]);
  const page = await signedInPage(await visitor(), "admin@example.org");
  for (const [path, text] of [
    [`/admin/trainings/${trainings[0].id}/registrations?saved=1`, "Zapisano."],
    [`/admin/premises?saved=${premises[0].id}`, "Zapisano lokal."],
  ]) {
    await page.goto(path);
    // Focus comes with the notice's effect, after hydration: on a busy machine a moment after `settled`.
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "status", null, { timeout: 5000 }).catch(() => undefined);
    // The notice itself, not the page around it (whose text contains the notice's too).
    const focused = await page.evaluate(() => ({ role: document.activeElement?.getAttribute("role"), text: document.activeElement?.textContent }));
    expect(focused).toMatchObject({ role: "status", text: expect.stringContaining(text) });
  }
});

test("printed, Moje sprawy lists the trainings without their action links (calendar, certificate)", async () => {
  const { rows } = await db.query(
    `SELECT u.email FROM registrations r JOIN users u ON u.id = r.user_id JOIN trainings t ON t.id = r.training_id
      WHERE u.email LIKE '%@example.org' AND r.status = 'CONFIRMED'
      GROUP BY u.email HAVING bool_or(r.attended_at IS NOT NULL) AND bool_or(t.starts_at > now() AND t.cancelled_at IS NULL) LIMIT 1`,
  );
  const page = await signedInPage(await visitor(), rows[0].email);
  await page.goto("/account/activity");
  const links = page.locator("[data-testid=registration-row] a", { hasText: /Dodaj do kalendarza|Zaświadczenie/ });
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  await asPrinted(page);
  expect(await links.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent))).toEqual([]);
});

test("the figures of a period without data say so instead of tables of column headings only", async () => {
  const page = await (await visitor()).newPage();
  await page.goto("/programme/figures?from=2013-01-01&to=2014-12-31");
  const headingsOnly = await page.locator("main table").evaluateAll((tables) => tables.filter((t) => !t.querySelector("tbody tr")).map((t) => t.querySelector("caption")?.textContent));
  expect(headingsOnly).toEqual([]);
  expect(await page.getByText("Brak danych w tym okresie.").count()).toBeGreaterThanOrEqual(3);
});

test("the trainings filter's labels stand on one line, the text fields' as high as the lists'", async () => {
  const page = await (await visitor()).newPage();
  await page.goto("/trainings");
  const controls = await page.locator("form[action^='/trainings'] .field").evaluateAll((fields) =>
    fields.map((f) => ({ label: f.querySelector("label")!.getBoundingClientRect().top, control: f.querySelector("input, select")!.getBoundingClientRect().height })),
  );
  expect(controls).toHaveLength(4);
  for (const c of controls) {
    expect(Math.abs(c.label - controls[0].label)).toBeLessThan(0.5);
    expect(Math.abs(c.control - controls[0].control)).toBeLessThan(0.5);
  }
});

test("a page opened from an e-mail link sends its own mutation with the token on the click, and says a forged link is wrong, focused", async () => {
  const page = await (await visitor()).newPage();
  for (const [path, button, operation, bad] of [
    ["/notifications/unsubscribe", "Nie wysyłaj mi tych e-maili", "unsubscribeFromNotifications", "Ten link jest nieprawidłowy."],
    ["/premises/alerts/unsubscribe", "Wypisz mnie", "unsubscribePremisesSearch", "Link jest nieprawidłowy. Skorzystaj z linku z ostatniej wiadomości."],
    ["/premises/viewings/cancel", "Rezygnuję", "cancelPremisesViewingByToken", "Ten link jest nieprawidłowy lub wygasł."],
  ]) {
    const token = "forged-token-of-a-valid-shape-0123456789";
    await page.goto(`${path}?token=${token}`);
    await settled(page);
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/graphql") && r.request().method() === "POST");
    await page.getByRole("button", { name: button }).click();
    const response = await answer;
    const sent = response.request().postDataJSON() as { query: string; variables: unknown };
    expect(sent.query).toContain(`${operation}(token: $token)`);
    expect(sent.variables).toEqual({ token });
    // The API read the document and judged the token, not a broken query.
    const { errors } = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(errors?.[0]?.extensions?.code).not.toMatch(/^GRAPHQL_/);
    await page.waitForFunction((text) => document.activeElement?.getAttribute("role") === "alert" && document.activeElement.textContent === text, bad, { timeout: 5000 });
    expect(await page.getByRole("button", { name: button }).count()).toBe(0);
  }
});
