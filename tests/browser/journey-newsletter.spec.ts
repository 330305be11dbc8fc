import type { Dialog, Page } from "playwright-core";
import { adminNav, fileBrowser, header, journeyAtEverySize, settled, signedInPage, signUp, smallTargets, uniqueEmail, withVisitors } from "./helpers";

const browser = fileBrowser();

/** The admin's outbox filtered to one address; returns the href of the mail's link matching `link`. */
async function linkFromOutbox(admin: Page, email: string, subject: string, link: RegExp): Promise<string> {
  await (await adminNav(admin)).getByRole("link", { name: "Skrzynka nadawcza" }).click();
  await admin.getByRole("heading", { level: 1 }).waitFor();
  await admin.getByLabel("Adresat").fill(email);
  await admin.getByRole("button", { name: "Filtruj" }).click();
  await admin.waitForURL(/to=/);
  const mail = admin.getByRole("article", { name: subject });
  await mail.waitFor();
  const href = await mail.getByRole("link", { name: link }).first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

journeyAtEverySize("a resident signs up, subscribes to the newsletter, confirms from the e-mail and unsubscribes by the link", async (viewport) => {
  const email = uniqueEmail("mieszkanka");
  const suffix = Date.now().toString(36);
  const name = `Zofia Mieszkanka ${suffix}`;
  const subject = `Newsletter PES-TOR — wydanie ${suffix}`;

  const errors = await withVisitors(browser(), `journey-newsletter-${viewport}`, { count: 2, viewport, watchErrors: true }, async ([residentCtx, adminCtx]) => {
    // The resident signs up from the home page.
    const resident = await residentCtx.newPage();
    await resident.goto("/");
    await (await header(resident)).getByRole("link", { name: "Załóż konto" }).click();
    await signUp(resident, { name, email, password: "Mieszkanka-Torun-2026", type: "Osoba fizyczna" });
    // "attached": on a phone the name sits in the closed header menu.
    await resident.getByRole("banner").getByText(`Zalogowano jako ${name}`).waitFor({ state: "attached" });

    // Subscribes through the footer's link; the consent box is required.
    await resident.getByRole("contentinfo").getByRole("link", { name: "Newsletter" }).click();
    await resident.getByRole("heading", { level: 1, name: "Newsletter programu" }).waitFor();
    await settled(resident);
    const form = resident.getByRole("main");
    await form.getByLabel("Adres e-mail", { exact: true }).fill(email);
    await form.getByRole("button", { name: "Zapisz się", exact: true }).click();
    await form.getByText("Zaznacz zgodę, aby się zapisać").waitFor();
    await form.getByRole("checkbox", { name: /Zgadzam się na otrzymywanie newslettera/ }).check();
    await form.getByRole("button", { name: "Zapisz się", exact: true }).click();
    await form.getByText(/Dziękujemy! Jeśli adres nie był jeszcze zapisany/).waitFor();

    // The admin finds the confirmation e-mail in the development outbox…
    const admin = await signedInPage(adminCtx, "admin@example.org");
    await admin.goto("/");
    await (await header(admin)).getByRole("link", { name: "Panel urzędnika" }).click();
    const confirmHref = await linkFromOutbox(admin, email, "Potwierdź zapis na newsletter PES-TOR", /\/newsletter\/confirm\?token=/);

    // …and the resident opens its link.
    await resident.goto(new URL(confirmHref).pathname + new URL(confirmHref).search);
    await resident.getByRole("heading", { level: 1, name: "Potwierdzenie zapisu" }).waitFor();
    await resident.getByText("Zapis potwierdzony. Od teraz będziesz otrzymywać newsletter PES-TOR.").waitFor();

    // An issue goes out; every issue carries the resident's own unsubscribe link.
    await (await adminNav(admin)).getByRole("link", { name: "Aktualności" }).click();
    await admin.getByRole("main").getByRole("link", { name: "Newsletter", exact: true }).click();
    await admin.getByRole("heading", { level: 1, name: "Newsletter — wydania" }).waitFor();
    await settled(admin);
    await admin.getByLabel("Temat", { exact: true }).fill(subject);
    await admin.getByRole("group", { name: "Wiadomości (w kolejności numeracji)" }).getByRole("checkbox").first().check();
    await admin.getByRole("button", { name: "Utwórz wydanie" }).click();
    await admin.getByRole("heading", { level: 1, name: subject }).waitFor();
    await settled(admin);
    // The chosen news' arrows were bare 13×24 px glyphs: too small a target on a phone.
    expect(await smallTargets(admin)).toEqual([]);
    // The page asks first (confirm). On a loaded machine the page was seen to reload under
    // the dialog, dismissing it: then the admin clicks again, as a person would (sending
    // again never mails anyone twice).
    const accept = (d: Dialog) => void d.accept().catch(() => undefined);
    admin.on("dialog", accept);
    const sent = admin.getByText(/Wydanie wysłane: \d+ odbiorców w kolejce/);
    for (let attempt = 1; ; attempt++) {
      await settled(admin);
      await admin.getByRole("button", { name: "Wyślij do subskrybentów" }).click();
      try {
        await sent.waitFor({ timeout: 15_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    admin.off("dialog", accept);
    const unsubscribeHref = await linkFromOutbox(admin, email, subject, /\/newsletter\/unsubscribe\?token=/);

    // The resident unsubscribes from that link.
    await resident.goto(new URL(unsubscribeHref).pathname + new URL(unsubscribeHref).search);
    await resident.getByRole("heading", { level: 1, name: "Rezygnacja z newslettera" }).waitFor();
    await resident.getByText("Adres został wypisany z newslettera. Nie wyślemy na niego kolejnych wydań.").waitFor();
  });
  expect(errors).toEqual([]);
});
