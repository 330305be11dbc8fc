import type { Page } from "playwright-core";
import { axeViolations, fileBrowser, settled, signedInPage, signIn, withOneVisitor, withVisitors } from "./helpers";

const browser = fileBrowser();

/** A GraphQL call with the page's session cookie (for setting the scene, not for the journey under test). */
async function api<T = Record<string, any>>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post("/api/graphql", { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Page errors and console errors (React's hydration error #418 among them); a missing favicon is another helper's. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/favicon/i.test(m.text() + (m.location()?.url ?? ""))) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

it("an enquiry is answered by the official in the app and the enquirer sees the reply in Moje sprawy", async () => {
  const message = `Spółdzielnia socjalna szuka lokalu na kawiarnię (${Date.now().toString(36)}).`;
  const replyText = "Zapraszamy na oglądanie lokalu we wtorek o 10:00.";

  await withVisitors(browser(), "journey-trace-enquiry", { count: 2 }, async ([pesCtx, officialCtx]) => {
    const pes = await signedInPage(pesCtx, "pes2@example.org");
    // Premises of the demo official that this person has not asked about yet.
    const { premisesSearch, myPremisesEnquiries } = await api(
      pes,
      `{ premisesSearch(first: 60, filter: { status: AVAILABLE }) { edges { node { id address enquiryRecipient } } } myPremisesEnquiries { premises { id } } }`,
    );
    const asked = new Set(myPremisesEnquiries.map((e: any) => e.premises?.id));
    const target = premisesSearch.edges.map((e: any) => e.node).find((n: any) => !asked.has(n.id) && n.enquiryRecipient);
    expect(target).toBeTruthy();

    await pes.goto(`/premises/${target.id}`);
    await settled(pes);
    // The page names who receives the enquiry — the same account the e-mail goes to.
    await pes.getByText(`Zapytanie otrzyma: ${target.enquiryRecipient}.`).waitFor();
    await pes.getByLabel("Wiadomość do urzędnika").fill(message);
    await pes.getByRole("button", { name: "Wyślij zapytanie" }).click();
    const sent = pes.getByTestId("action-status");
    await sent.getByText(/Wysłano/).waitFor();
    expect(await sent.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await sent.isVisible()).toBe(true);

    // Coming back, the page says the enquiry was sent and waits — no unnoticed duplicate.
    await pes.reload();
    await pes.getByTestId("my-premises-enquiries").getByText("czeka na odpowiedź").waitFor();
    await pes.getByTestId("open-enquiry-warning").getByText(/czeka na odpowiedź urzędnika/).waitFor();

    // The official sees the count on the dashboard, replies in the app and the reply is confirmed.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/admin");
    const waiting = official.getByTestId("waiting-enquiries");
    await waiting.waitFor();
    expect(Number((await waiting.locator(".badge").textContent()) ?? 0)).toBeGreaterThan(0);
    await waiting.getByRole("link").click();
    await official.getByRole("heading", { level: 1, name: "Zapytania o lokale" }).waitFor();
    await settled(official);
    const card = official.getByRole("listitem").filter({ hasText: message });
    await card.getByLabel("Odpowiedź dla pytającego").fill(replyText);
    await card.getByRole("button", { name: "Wyślij odpowiedź" }).click();
    const done = card.getByTestId("action-status");
    await done.getByText("Odpowiedź wysłana e-mailem do pytającego.").waitFor();
    expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(official)).toEqual([]);

    // The enquirer finds the reply in Moje sprawy (linked from the header).
    await pes.goto("/");
    await pes.getByRole("banner").getByTestId("waiting-badge").click();
    await pes.getByRole("heading", { level: 1, name: "Moje sprawy" }).waitFor();
    const item = pes.getByTestId("my-enquiries").getByRole("listitem").filter({ hasText: target.address }).first();
    await item.getByText("Urząd odpowiedział").waitFor();
    await item.getByTestId("enquiry-reply").getByText(replyText).waitFor();
    await settled(pes);
    expect(await axeViolations(pes)).toEqual([]);
  });
});

it("a registration cancelled and renewed is one row in Moje sprawy, with calendar and a visible cancel confirmation", async () => {
  await withOneVisitor(browser(), "journey-trace-registrations", async (page) => {
    const errors = collectErrors(page);
    await signIn(page, "resident@example.org");
    const { trainings } = await api(page, `{ trainings(first: 50, upcoming: true) { edges { node { id title registrationClosedReason seatsLeft } } } }`);
    const t = trainings.edges.map((e: any) => e.node).find((n: any) => !n.registrationClosedReason && n.seatsLeft > 0);
    expect(t).toBeTruthy();
    const reg = `mutation($id: ID!) { registerForTraining(trainingId: $id) { id status } }`;
    await api(page, reg, { id: t.id });
    await api(page, `mutation($id: ID!) { cancelRegistration(trainingId: $id) { id } }`, { id: t.id });
    await api(page, reg, { id: t.id });

    await page.goto("/account/activity");
    await page.getByRole("heading", { level: 1, name: "Moje sprawy" }).waitFor();
    await settled(page);
    const rows = page.getByTestId("registration-row").filter({ has: page.getByRole("link", { name: t.title, exact: true }) });
    expect(await rows.count()).toBe(1);
    await rows.getByText("Miejsce potwierdzone").waitFor();
    expect(await rows.getByRole("link", { name: "Dodaj do kalendarza (.ics)" }).getAttribute("href")).toBe(`/trainings/${t.id}/calendar.ics`);
    expect(await axeViolations(page)).toEqual([]);

    page.once("dialog", (d) => void d.accept());
    await rows.getByRole("button", { name: /Zrezygnuj/ }).click();
    const status = rows.getByTestId("action-status");
    await status.getByText(/Zrezygnowano z udziału/).waitFor();
    expect(await status.isVisible()).toBe(true);
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});

it("the news editor opens an existing post with its preview and without hydration or console errors", async () => {
  await withOneVisitor(browser(), "journey-trace-news-editor", async (page) => {
    await signIn(page, "admin@example.org");
    // A post with a body of some length: other specs leave short drafts in the same database.
    const { newsPosts } = await api(page, `{ newsPosts(first: 50, includeUnpublished: true) { edges { node { id body } } } }`);
    const post = newsPosts.edges.map((e: { node: { id: string; body: string } }) => e.node).find((n: { body: string }) => n.body.trim().length > 100);
    const errors = collectErrors(page);
    await page.goto(`/admin/news/${post.id}`);
    await settled(page);
    // The preview is there at once, not "Podgląd pojawi się, gdy zaczniesz pisać".
    expect(((await page.getByTestId("news-preview").textContent()) ?? "").trim().length).toBeGreaterThan(20);
    expect(await page.getByText("Podgląd pojawi się, gdy zaczniesz pisać.").count()).toBe(0);
    await page.getByRole("heading", { name: "Historia zmian" }).waitFor();
    // Give React time to report a hydration mismatch, if any.
    await page.waitForTimeout(1500);
    expect(errors).toEqual([]);
    await page.getByRole("button", { name: "Zapisz", exact: true }).click();
    await page.getByTestId("action-status").getByText(/Zapisano o \d{2}:\d{2}:\d{2}\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

it("the accessibility statement has the required structure, ids and meta tag in Polish and English", async () => {
  await withOneVisitor(browser(), "journey-trace-accessibility", async (page) => {
    await page.goto("/accessibility");
    await page.getByRole("heading", { level: 1, name: "Deklaracja dostępności" }).waitFor();
    expect(await page.locator('meta[name="deklaracja-dostępności"]').getAttribute("content")).toMatch(/\/accessibility$/);
    for (const id of ["a11y-podmiot", "a11y-url", "a11y-status", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon", "a11y-procedura", "a11y-architektura", "a11y-komunikacja"]) {
      expect(await page.locator(`#${id}`).count()).toBe(1);
    }
    expect(await page.locator("time#a11y-data-publikacja").getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator("time#a11y-data-aktualizacja").getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator("#a11y-architektura").textContent()).toContain("winda");
    expect(await axeViolations(page)).toEqual([]);
    await settled(page);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Accessibility statement" }).waitFor();
    expect(await page.locator("#a11y-komunikacja").textContent()).toContain("Sign Language");
    expect(await axeViolations(page)).toEqual([]);
  });
});
