import type { Client } from "pg";
import type { Browser } from "playwright-core";
import { appDatabase, axeViolations, baseUrl, launchBrowser, newVisitor, settled, signedInPage, withScreenshots } from "./helpers";

/**
 * Viewings and letting rounds, end to end: the official in charge publishes a viewing slot
 * and opens a round; a resident books the viewing; a PES member applies; once the deadline
 * has passed (the test moves it, as time would), the official chooses the application and
 * anyone sees the result on the premises page, which is now reserved.
 */
jest.setTimeout(600_000);

let browser: Browser;
let db: Client;
beforeAll(async () => {
  browser = await launchBrowser();
  db = await appDatabase();
  // `next dev` compiles each page on its first visit, which can outlast a step's timeout on
  // a busy machine: visit the pages of the journey once before it starts.
  for (const path of ["/", "/signin", "/api/auth/providers", "/premises/00000000-0000-4000-8000-000000000000"]) await fetch(`${baseUrl()}${path}`).catch(() => undefined);
  await fetch(`${baseUrl()}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) }).catch(() => undefined);
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
});

/** `datetime-local` value `days` from now (the form reads it as Polish time). */
const local = (days: number) => {
  const d = new Date(Date.now() + days * 86400_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(10)}:00`;
};
/** `next dev` compiles a page on its first visit; on a busy machine that takes a while. */
const SLOW = { timeout: 180_000 };
const localEnd = (days: number) => local(days).replace("T10:00", "T11:00");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

it("book a viewing; apply in a letting round → award → public result", async () => {
  const address = `ul. Naborowa ${Date.now().toString(36)}`;
  const {
    rows: [{ id }],
  } = await db.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, owner_id)
     SELECT $1, 'Stare Miasto', 55, 1800, id FROM users WHERE email = 'official@example.org' RETURNING id`,
    [address],
  );
  const officialCtx = await newVisitor(browser);
  const residentCtx = await newVisitor(browser);
  const pesCtx = await newVisitor(browser);
  const visitorCtx = await newVisitor(browser);

  await withScreenshots("journey-premises-letting", [officialCtx, residentCtx, pesCtx, visitorCtx], async () => {
    // The official in charge publishes a viewing slot and opens a round.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto(`/premises/${id}`, SLOW);
    await official.getByRole("heading", { level: 1, name: address }).waitFor(SLOW);
    await settled(official);
    const viewings = official.getByTestId("premises-viewings");
    await viewings.getByLabel("Początek (czas polski)").fill(local(3));
    await viewings.getByLabel("Koniec (czas polski)").fill(localEnd(3));
    await viewings.getByLabel("Miejsce spotkania").fill("Brama od ulicy");
    await viewings.getByLabel("Liczba osób").fill("2");
    await viewings.getByRole("button", { name: "Opublikuj termin" }).click();
    await viewings.getByRole("status").getByText("Termin opublikowany.").waitFor();
    const letting = official.getByTestId("premises-letting");
    await letting.getByLabel("Termin składania wniosków (czas polski)").fill(local(7));
    await letting.getByLabel("Czynsz minimalny (zł / mies.)").fill("1000");
    await letting.getByLabel("Dopuszczalne przeznaczenie").fill("usługi, gastronomia");
    await letting.getByRole("button", { name: "Otwórz nabór" }).click();
    await letting.getByRole("status").getByText("Nabór otwarty.").waitFor();

    // A resident books the viewing.
    const resident = await signedInPage(residentCtx, "resident@example.org");
    await resident.goto(`/premises/${id}`, SLOW);
    await settled(resident);
    await resident.getByTestId("premises-viewings").getByRole("button", { name: "Zapisz się" }).click();
    await resident.getByRole("status").getByText(/^Zapisano\./).waitFor();
    await resident.getByText("Jesteś zapisany(-a)").waitFor();
    expect(await axeViolations(resident)).toEqual([]);

    // A PES member applies; the application is sealed.
    const pes = await signedInPage(pesCtx, "pes@example.org");
    await pes.goto(`/premises/${id}`, SLOW);
    await settled(pes);
    const form = pes.getByTestId("premises-letting");
    await form.getByLabel("Proponowany czynsz (zł / mies.)").fill("1500");
    await form.getByLabel("Planowane przeznaczenie").fill("Kawiarnia społeczna z pracownią rękodzieła");
    await form.getByRole("button", { name: "Wyślij wniosek" }).click();
    await form.getByRole("status").getByText(/^Wniosek złożony/).waitFor();
    // Then its documents, until the deadline: sealed like the application.
    const mine = pes.getByTestId("my-letting-application");
    await mine.getByLabel("Plik").setInputFiles({ name: "Biznesplan kawiarni.pdf", mimeType: "application/pdf", buffer: PDF });
    await mine.getByRole("button", { name: "Dodaj załącznik" }).click();
    await mine.getByRole("status").getByText("Dodano załącznik.").waitFor();
    await mine.getByRole("link", { name: "Biznesplan kawiarni.pdf" }).waitFor();

    // Time passes: the deadline is over.
    await db.query(`UPDATE premises_letting_rounds SET deadline = now() - interval '1 minute' WHERE premises_id = $1`, [id]);

    // The official sees the unsealed application and chooses it.
    await official.reload(SLOW);
    await settled(official);
    // The application's document, downloaded as the official now may.
    const docLink = official.getByTestId("premises-letting").getByRole("link", { name: "Biznesplan kawiarni.pdf" });
    const href = await docLink.getAttribute("href");
    const download = await officialCtx.request.get(href!);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    const choose = official.getByTestId("premises-letting").getByRole("button", { name: "Wybierz ten wniosek" });
    await choose.click();
    await official.getByRole("status").getByText(/^Wniosek wybrany/).waitFor();
    // The official's page, with the slot's people and the forms: WCAG 2.1 AA.
    expect(await axeViolations(official)).toEqual([]);
    await official.setViewportSize({ width: 390, height: 844 });
    expect(await official.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Anyone sees the result; the premises are reserved.
    const visitor = await visitorCtx.newPage();
    await visitor.goto(`/premises/${id}`, SLOW);
    await visitor.getByTestId("letting-result").getByText(/Wynik: .+, czynsz 1500,00/).waitFor();
    await visitor.getByText("Nabór rozstrzygnięty").waitFor();
  });
  await Promise.all([officialCtx.close(), residentCtx.close(), pesCtx.close(), visitorCtx.close()]);
});
