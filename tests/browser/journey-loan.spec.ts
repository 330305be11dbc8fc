import "reflect-metadata";
import type { Page } from "playwright-core";
import { DataSource } from "typeorm";
import { addDays, todayInWarsaw } from "../../entities/marketplace/date.scalar";
import { dataSourceOptions } from "../../server/db";
import { sendLoanReminders } from "../../server/modules/marketplace/bookings.jobs";
import { axeViolations, fileBrowser, settled, signedInPage, withVisitors } from "./helpers";
import { newNoticeForm } from "./marketplace";

const browser = fileBrowser();

/**
 * The reminder job, run now against the app's database — what the worker does every ten
 * minutes (the journey cannot wait for its turn).
 */
async function runLoanReminders() {
  const ds = await new DataSource(dataSourceOptions(process.env.BROWSER_DATABASE_URL!, { extra: { max: 2 } })).initialize();
  try {
    await sendLoanReminders(ds);
  } finally {
    await ds.destroy();
  }
}

async function outboxHas(admin: Page, email: string, subject: string) {
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
  await admin.getByRole("article", { name: subject }).waitFor();
}

it("a loan: the conditions shown at request, approval, the reminder e-mail, an extension, the return", async () => {
  const suffix = Date.now().toString(36);
  const title = `Nagłośnienie ${suffix}`;
  const tomorrow = addDays(todayInWarsaw(), 1);

  await withVisitors(browser(), "journey-loan", { count: 3 }, async ([ownerCtx, borrowerCtx, adminCtx]) => {
    // The owner lends a sound system on conditions.
    const owner = await signedInPage(ownerCtx, "pes@example.org");
    await owner.goto("/marketplace/equipment/new");
    const form = await newNoticeForm(owner);
    await form.getByRole("radio", { name: "Użyczę" }).check();
    await form.getByLabel("Tytuł", { exact: true }).fill(title);
    await form.getByLabel("Kaucja w zł (opcjonalnie)").fill("200");
    await form.getByLabel("Miejsce odbioru i zwrotu").fill("ul. Szeroka 1, Toruń");
    await form.getByLabel("Godziny odbioru").fill("pn–pt 9–15");
    await form.getByRole("button", { name: "Dodaj ogłoszenie" }).click();
    await owner.waitForURL(/\/marketplace\/equipment\/[0-9a-f-]{36}$/);
    const noticeUrl = new URL(owner.url()).pathname;

    // The borrower reads the conditions and asks for tomorrow and the day after.
    const borrower = await signedInPage(borrowerCtx, "resident@example.org");
    await borrower.goto(noticeUrl);
    await settled(borrower);
    const terms = borrower.getByRole("region", { name: "Warunki użyczenia" });
    await terms.getByText("ul. Szeroka 1, Toruń").waitFor();
    await terms.getByText(/200/).waitFor();
    await borrower.getByLabel("Od (pierwszy dzień)").fill(tomorrow);
    await borrower.getByLabel("Do (ostatni dzień)").fill(addDays(tomorrow, 1));
    await borrower.getByRole("button", { name: "Wyślij prośbę" }).click();
    await borrower.getByText(/^Prośba wysłana/).waitFor();

    // The owner approves.
    await owner.reload();
    await settled(owner);
    await owner.getByRole("button", { name: "Zatwierdź", exact: true }).click();
    await owner.getByText("Zatwierdzono rezerwację.").waitFor();

    // The day before the loan, the borrower is reminded: the e-mail is in the outbox.
    await runLoanReminders();
    const admin = await signedInPage(adminCtx, "admin@example.org");
    await outboxHas(admin, "resident@example.org", `Jutro zaczyna się użyczenie: ${title}`);

    // The borrower asks to keep it three days longer.
    await borrower.goto("/marketplace/bookings");
    await settled(borrower);
    await borrower.getByRole("button", { name: "Poproś o przedłużenie" }).first().waitFor();
    const row = borrower.getByRole("row").filter({ hasText: title });
    await row.getByRole("button", { name: "Poproś o przedłużenie" }).click();
    const ask = row.getByRole("form", { name: "Poproś o przedłużenie" });
    await ask.getByLabel("Nowy ostatni dzień").fill(addDays(tomorrow, 4));
    await ask.getByRole("button", { name: "Wyślij prośbę" }).click();
    await borrower.getByText("Prośba o przedłużenie wysłana.").waitFor();
    expect(await axeViolations(borrower)).toEqual([]);

    // The owner approves the extension, then records the return.
    await owner.reload();
    await settled(owner);
    await owner.getByText(/^Prośba o przedłużenie do /).waitFor();
    await owner.getByRole("button", { name: "Zatwierdź przedłużenie" }).click();
    await owner.getByText("Przedłużono użyczenie.").waitFor();
    await outboxHas(admin, "resident@example.org", `Przedłużenie zatwierdzone: ${title}`);
    await owner.reload();
    await settled(owner);
    await owner.getByRole("button", { name: "Zapisz zwrot" }).click();
    const ret = owner.getByRole("form", { name: "Zapisz zwrot" });
    await ret.getByLabel("Stan przy zwrocie (opcjonalnie)").fill("bez uszkodzeń");
    await ret.getByRole("button", { name: "Zapisz" }).click();
    await owner.getByRole("cell", { name: "Zwrócono", exact: true }).waitFor();
    expect(await axeViolations(owner)).toEqual([]);
  });
});
