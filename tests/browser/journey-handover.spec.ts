import { axeViolations, fileBrowser, settled, signedInPage, withVisitors } from "./helpers";
import { newNoticeForm } from "./marketplace";

const browser = fileBrowser();

it("a PES gives a shelf away, accepts a request and records who received it; the requester sees the handover", async () => {
  const suffix = Date.now().toString(36);
  const title = `Regał metalowy ${suffix}`;

  await withVisitors(browser(), "journey-handover", { count: 2 }, async ([ownerCtx, requesterCtx]) => {
    const owner = await signedInPage(ownerCtx, "pes@example.org");
    await owner.goto("/marketplace/equipment/new");
    const form = await newNoticeForm(owner);
    await form.getByRole("radio", { name: "Oddam" }).check();
    await form.getByLabel("Tytuł", { exact: true }).fill(title);
    await form.getByRole("button", { name: "Dodaj ogłoszenie" }).click();
    await owner.waitForURL(/\/marketplace\/equipment\/[0-9a-f-]{36}$/);
    const noticeUrl = owner.url();

    // Another PES asks for it.
    const requester = await signedInPage(requesterCtx, "pes2@example.org");
    await requester.goto(noticeUrl);
    await settled(requester);
    await requester.getByLabel("Wiadomość do właściciela").fill("Odbiorę w piątek.");
    await requester.getByRole("button", { name: "Wyślij", exact: true }).click();
    await requester.getByText("Wiadomość wysłana.").waitFor();

    // The owner accepts and records the handover with a note.
    await owner.reload();
    await settled(owner);
    await owner.getByRole("button", { name: "Przyjmij" }).click();
    const handover = owner.getByRole("form", { name: /^Zapisz przekazanie: / });
    await handover.waitFor();
    await settled(owner);
    await handover.getByLabel("Uwagi do przekazania (opcjonalnie)").fill("Odebrany w piątek");
    await handover.getByRole("button", { name: "Zapisz przekazanie" }).click();
    await owner.getByText(/^Przekazano: /).first().waitFor();
    await owner.getByText(/^Odebrał\(a\): /).waitFor();
    await owner.getByText("Przekazane", { exact: true }).first().waitFor();
    expect(await axeViolations(owner)).toEqual([]);

    // The requester sees the handover on the same page.
    await requester.reload();
    const mine = requester.getByRole("region", { name: "Twoja prośba o ten przedmiot" });
    await mine.getByText(/^Przekazano: /).waitFor();
    await mine.getByText("Uwagi: Odebrany w piątek").waitFor();
    await settled(requester);
    expect(await axeViolations(requester)).toEqual([]);
  });
});
