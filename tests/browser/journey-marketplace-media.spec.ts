import { readFile } from "node:fs/promises";
import { axeViolations, fileBrowser, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

/** A small valid PNG (1×1), made without any image library. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

it("a PES adds a described photo to its notice; an official attaches a document to a demand, which a PES downloads", async () => {
  await withVisitors(browser(), "journey-marketplace-media", { count: 2 }, async ([pesCtx, officialCtx]) => {
    // The owner adds a photo with a description on the notice's edit page.
    const pes = await signedInPage(pesCtx, "pes@example.org");
    await pes.goto("/marketplace?q=Regały");
    await pes.getByRole("link", { name: "Regały magazynowe metalowe (4 szt.)" }).click();
    await pes.getByRole("link", { name: "Edytuj ogłoszenie" }).click();
    await pes.getByRole("heading", { level: 2, name: "Zdjęcia" }).waitFor();
    await settled(pes);
    await pes.getByLabel("Plik zdjęcia").setInputFiles({ name: "regaly.png", mimeType: "image/png", buffer: PNG });
    await pes.getByLabel("Opis zdjęcia (tekst alternatywny)").fill("Regały ustawione pod ścianą magazynu");
    await pes.getByRole("button", { name: "Dodaj zdjęcie" }).click();
    await pes.getByRole("status").getByText("Dodano zdjęcie.").waitFor();
    await pes.getByLabel("Opis zdjęcia 1", { exact: true }).waitFor();
    expect(await axeViolations(pes)).toEqual([]);

    // Everyone sees it in the gallery, with its description as the text alternative.
    await pes.getByRole("link", { name: "Regały magazynowe metalowe (4 szt.)" }).click();
    // The edit page's photo manager is a region named "Zdjęcia" too, showing the photo with
    // its description: wait for the notice itself, or the steps below may read the edit page.
    await pes.waitForURL(/\/marketplace\/equipment\/[^/]+$/);
    await pes.getByRole("link", { name: "Edytuj ogłoszenie" }).waitFor();
    const gallery = pes.getByRole("region", { name: "Zdjęcia" });
    await gallery.waitFor();
    await settled(pes);
    // A new photo comes last: where the demo photo of the notice is seeded already, its
    // thumbnail shows it (the order of the specs decided this before).
    const thumbs = gallery.getByRole("button", { name: /^Pokaż zdjęcie \d+ z \d+$/ });
    if ((await thumbs.count()) > 0) await thumbs.last().click();
    await gallery.getByRole("img", { name: "Regały ustawione pod ścianą magazynu" }).first().waitFor();
    expect(await axeViolations(pes)).toEqual([]);

    // The official attaches the description of the order to a demand of theirs.
    const official = await signedInPage(officialCtx, "official@example.org");
    await official.goto("/marketplace?tab=demands&q=Sprzątanie");
    await official.getByRole("link", { name: "Sprzątanie punktu obsługi mieszkańców przez 12 miesięcy" }).click();
    await official.getByRole("heading", { level: 2, name: "Załączniki" }).waitFor();
    await settled(official);
    await official.getByLabel("Plik").setInputFiles({ name: "Opis przedmiotu zamówienia.pdf", mimeType: "application/pdf", buffer: PDF });
    await official.getByRole("button", { name: "Dodaj załącznik" }).click();
    await official.getByRole("status").getByText("Dodano załącznik.").waitFor();
    await official.getByRole("link", { name: "Opis przedmiotu zamówienia.pdf" }).waitFor();
    expect(await axeViolations(official)).toEqual([]);

    // A PES downloads it under its name.
    await pes.goto(official.url());
    const [download] = await Promise.all([pes.waitForEvent("download"), pes.getByRole("link", { name: "Opis przedmiotu zamówienia.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("Opis przedmiotu zamówienia.pdf");
    expect(await readFile((await download.path())!)).toEqual(PDF);
  });
});
