import type { Client } from "pg";
import type { Browser } from "playwright-core";
import { appDatabase, baseUrl, launchBrowser, newVisitor, settled, signedInPage, withScreenshots } from "./helpers";

let browser: Browser;
let db: Client;
beforeAll(async () => {
  browser = await launchBrowser();
  db = await appDatabase();
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
});

/**
 * Lean journey of issue #17: the organiser defines a question, a PES member registers a
 * colleague (answering it), the organiser checks the colleague in by the code of their own
 * e-mail, the colleague answers the survey from the link, the organiser sees the summary.
 * The training is created in the database (the form is covered by journey-trainings).
 */
it("define questions → group registration → check-in → feedback", async () => {
  const suffix = Date.now().toString(36);
  const title = `Szkolenie z ankietą ${suffix}`;
  const colleague = `kolezanka-${suffix}@example.org`;
  const { rows } = await db.query(
    `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience)
     VALUES ($1, 'Sala 1, Urząd Miasta', now() + interval '5 days', now() + interval '5 days 2 hours', 10, '{PES}') RETURNING id`,
    [title],
  );
  const id = rows[0].id as string;
  // A busy machine compiles each dev route on first use for longer than a step waits:
  // ask for every route of the journey once before the people start.
  for (const path of ["/api/auth/providers", `/trainings/${id}`, `/admin/trainings/${id}/registrations`, `/admin/trainings/${id}/organise`, `/admin/trainings/${id}/check-in`, `/trainings/${id}/feedback`]) {
    await fetch(`${baseUrl()}${path}`, { redirect: "manual" }).catch(() => undefined);
  }
  const officialCtx = await newVisitor(browser);
  const pesCtx = await newVisitor(browser);
  const guestCtx = await newVisitor(browser);

  await withScreenshots("journey-training-feedback", [officialCtx, pesCtx, guestCtx], async () => {
    // The organiser adds a required one-choice question.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto(`/admin/trainings/${id}/registrations`);
    await official.getByRole("link", { name: "Formularz, materiały i ankieta" }).click();
    await official.getByRole("heading", { level: 1, name: "Formularz, materiały i ankieta" }).waitFor();
    await settled(official);
    await official.getByRole("button", { name: "Dodaj pytanie" }).click();
    await official.getByLabel("Rodzaj").selectOption("ONE_CHOICE");
    await official.getByLabel("Treść pytania").fill("Sesja");
    await official.getByLabel("Odpowiedzi do wyboru (każda w osobnym wierszu)").fill("Rano\nPo południu");
    await official.getByLabel("Odpowiedź wymagana").check();
    await official.getByRole("button", { name: "Zapisz pytania" }).click();
    await official.getByText("Pytania zapisane.").waitFor();

    // A PES member registers a colleague, answering the question for her.
    const pes = await signedInPage(pesCtx, "pes@example.org");
    await pes.goto(`/trainings/${id}`);
    await settled(pes);
    const group = pes.getByRole("region", { name: "Zapisz współpracowników" });
    await group.getByLabel("Imię i nazwisko").fill("Ewa Kolega");
    await group.getByLabel("E-mail").fill(colleague);
    await group.getByRole("radio", { name: "Po południu" }).check();
    await group.getByRole("button", { name: "Zapisz grupę" }).click();
    await pes.getByText("Zapisano: 1 z miejscem, 0 na liście rezerwowej.").waitFor();
    await pes.getByTestId("my-group").getByText(`Ewa Kolega (${colleague})`).waitFor();

    // The colleague's own confirmation carries her check-in code; the organiser types it at the door.
    const { rows: mail } = await db.query(`SELECT text FROM mail_messages WHERE "to" = $1 AND template = 'trainings.confirmation'`, [colleague]);
    const code = (mail[0].text as string).match(/: ([2-9A-Z]{8}) /)![1];
    await official.goto(`/admin/trainings/${id}/check-in`);
    await settled(official);
    await official.getByLabel("Kod z potwierdzenia (QR)").fill(code);
    await official.getByRole("button", { name: "Odnotuj obecność" }).click();
    await official.getByText("Obecność odnotowana: Ewa Kolega").waitFor();

    // The day after, the survey job (pinned in tests/integration/trainings) e-mails this
    // link; the journey opens it without waiting for the job's schedule.
    await db.query(`UPDATE trainings SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '2 hours' WHERE id = $1`, [id]);
    // The row keeps only the hash of its links' token (the e-mail has it plain): the journey
    // gives the colleague a token it knows, stored the way the server stores one.
    const known = "journey-feedback-token-0123456789";
    await db.query(
      `UPDATE registrations SET cancel_token = encode(sha256(convert_to($3, 'UTF8')), 'hex') WHERE training_id = $1 AND attendee_email = $2`,
      [id, colleague, known],
    );
    const link = `/trainings/${id}/feedback?token=${known}`;
    const guest = await guestCtx.newPage();
    await guest.goto(link);
    await guest.getByRole("heading", { level: 1, name: "Ankieta po szkoleniu" }).waitFor();
    await settled(guest);
    await guest.getByRole("radio", { name: "4" }).check();
    await guest.getByLabel("Co było przydatne?").fill("Przykłady z Torunia");
    await guest.getByRole("button", { name: "Wyślij ankietę" }).click();
    await guest.getByText("Dziękujemy za odpowiedź!").waitFor();

    // The organiser sees the summary, without names.
    await official.goto(`/admin/trainings/${id}/organise`);
    await official.getByTestId("feedback-average").getByText("Średnia ocena: 4 (1 odpowiedzi)").waitFor();
    await official.getByText("Przykłady z Torunia").waitFor();
  });
}, 600_000);
