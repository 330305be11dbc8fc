import { appDatabase, axeViolations, fileBrowser, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

/** The deadline passes: moved into the past in the app's database (no test waits for a clock). */
async function passDeadline(demandId: string): Promise<void> {
  const c = await appDatabase();
  try {
    await c.query(`UPDATE demands SET deadline = now() - interval '1 minute' WHERE id = $1`, [demandId]);
  } finally {
    await c.end();
  }
}

it("a PES asks, the official answers publicly, the PES offers, the official awards, and anyone sees the award — never the asker", async () => {
  const title = `Catering na szkolenie ${Date.now().toString(36)}`;

  await withVisitors(browser(), "journey-demand-qa", { count: 3 }, async ([officialCtx, pesCtx, visitorCtx]) => {
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/marketplace/demands/new");
    await settled(official);
    await official.getByLabel("Przedmiot").fill(title);
    await official.getByLabel("Termin składania ofert").fill("2099-01-01T12:00");
    await official.getByRole("radio", { name: "Klauzula zatrudnieniowa (art. 96 Pzp)" }).check();
    await official.getByLabel("Kod CPV (opcjonalnie)").fill("55520000-1");
    await official.getByRole("button", { name: "Opublikuj" }).click();
    await official.waitForURL(/\/marketplace\/demands\/[0-9a-f-]{36}$/);
    const url = official.url();
    const demandId = url.split("/").at(-1)!;

    // A PES asks; the question is marked as theirs only for them.
    const pes = await signedInPage(pesCtx, "pes@example.org");
    await pes.goto(url);
    await settled(pes);
    await pes.getByLabel("Treść pytania").fill("Ile osób będzie na szkoleniu?");
    await pes.getByRole("button", { name: "Wyślij pytanie" }).click();
    await pes.getByText("Pytanie opublikowano.").waitFor();
    await pes.getByText("Twoje pytanie").waitFor();

    // The official answers; the answer is public.
    await official.reload();
    await settled(official);
    await official.getByLabel("Odpowiedź na pytanie 1").fill("Około 40 osób.");
    await official.getByRole("button", { name: "Opublikuj odpowiedź" }).click();
    await official.getByText("Około 40 osób.").waitFor();
    expect(await official.getByText("Twoje pytanie").count()).toBe(0);

    // The PES offers.
    await pes.reload();
    await settled(pes);
    await pes.getByText("Około 40 osób.").waitFor();
    await pes.getByLabel("Cena (zł brutto)").fill("3200");
    await pes.getByLabel("Treść oferty").fill("Obiad i przerwy kawowe.");
    await pes.getByRole("button", { name: "Złóż ofertę" }).click();
    await pes.getByText("Oferta zapisana.").waitFor();

    // After the deadline the official awards it.
    await passDeadline(demandId);
    await official.reload();
    await settled(official);
    await official.getByRole("button", { name: "Wybierz tę ofertę" }).click();
    await official.getByRole("heading", { name: "Wynik" }).waitFor();

    // Anyone sees who won, for how much — and the question without its asker.
    const visitor = await visitorCtx.newPage();
    await visitor.goto(url);
    const award = visitor.getByRole("region", { name: "Wynik" });
    await award.getByText(/3\s?200,00\s?zł/).waitFor();
    await visitor.getByText("Ile osób będzie na szkoleniu?").waitFor();
    await visitor.getByText("Klauzula zatrudnieniowa (art. 96 Pzp)").first().waitFor();
    expect(await visitor.getByText("Twoje pytanie").count()).toBe(0);
    await settled(visitor);
    expect(await axeViolations(visitor)).toEqual([]);
  });
});
