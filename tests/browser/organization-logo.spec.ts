import { axeViolations, fileBrowser, newVisitor, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

/** A small valid PNG (1×1), made without any image library. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64");
const SLUG = "spoldzielnia-socjalna-piernikowa-pracownia";

it("a PES member uploads the organisation's logo, the public profile shows it, and the member removes it again", async () => {
  await withVisitors(browser(), "organization-logo", { count: 1 }, async ([ctx]) => {
    const pes = await signedInPage(ctx, "pes@example.org");
    await pes.goto(`/organizations/${SLUG}/edit`);
    await pes.getByRole("heading", { level: 2, name: "Logo" }).waitFor();
    await settled(pes);
    await pes.getByLabel("Plik z logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    await pes.getByRole("button", { name: "Wyślij logo" }).click();
    await pes.getByRole("status").getByText("Zapisano logo.").waitFor();
    const logo = pes.getByRole("img", { name: /^Logo: / });
    await logo.waitFor();
    expect(await logo.getAttribute("src")).toMatch(/^\/organization-logos\/[A-Za-z0-9_-]+\.webp$/);
    expect(await axeViolations(pes)).toEqual([]);

    // Everyone sees the uploaded file on the profile, served by the app itself.
    const src = (await logo.getAttribute("src"))!;
    const visitor = await (await newVisitor(browser())).newPage();
    await visitor.goto(`/organizations/${SLUG}`);
    expect(await visitor.locator(`img[src="${src}"]`).count()).toBe(1);
    const file = await visitor.request.get(src);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/webp");

    await settled(pes);
    await pes.getByRole("button", { name: "Usuń przesłane logo" }).click();
    await pes.getByRole("status").getByText("Usunięto logo.").waitFor();
    await pes.getByRole("button", { name: "Usuń przesłane logo" }).waitFor({ state: "detached" });
  });
});
