import { axeViolations, fileBrowser, settled, signedInPage, withVisitors } from "./helpers";

const browser = fileBrowser();

/** A small valid PNG (1×1), made without any image library. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64");

it("an official adds two described photos to premises and makes the second the cover, which the public page shows first", async () => {
  await withVisitors(browser(), "journey-premises-photos", { count: 1 }, async ([ctx]) => {
    const official = await signedInPage(ctx, "official@example.org");
    await official.goto("/admin/premises");
    const edit = official.locator('a[href^="/admin/premises/"][href$="/edit"]').first();
    const href = (await edit.getAttribute("href"))!;
    const premisesId = href.split("/")[3];
    await official.goto(href);
    await official.getByRole("heading", { level: 2, name: "Zdjęcia" }).waitFor();
    await settled(official);

    for (const [n, alt] of [
      [1, "Witryna od strony ulicy"],
      [2, "Sala na parterze"],
    ] as const) {
      await official.getByLabel("Dodaj zdjęcie").setInputFiles({ name: `zdjecie-${n}.png`, mimeType: "image/png", buffer: PNG });
      await official.getByLabel("Opis zdjęcia (dla osób niewidomych)").fill(alt);
      await official.getByRole("button", { name: "Wyślij zdjęcie" }).click();
      await official.getByRole("img", { name: alt }).waitFor();
      await settled(official);
    }
    const before = await official.locator("section[aria-labelledby=photos-heading] img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("alt")));
    const second = before.indexOf("Sala na parterze") + 1;

    await official.getByRole("button", { name: `Przesuń zdjęcie ${second} wcześniej` }).click();
    await official.getByText(`Kolejność zapisana – zdjęcie jest teraz na miejscu ${second - 1}.`).waitFor();
    await official.waitForFunction(
      (n) => [...document.querySelectorAll("section[aria-labelledby=photos-heading] img")][n - 2]?.getAttribute("alt") === "Sala na parterze",
      second,
    );
    expect(await axeViolations(official)).toEqual([]);

    // The public page shows the photos in the new order.
    await official.goto(`/premises/${premisesId}`);
    const shown = await official.locator("section[aria-labelledby=photos-heading] img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("alt")));
    expect(shown.indexOf("Sala na parterze")).toBe(shown.indexOf("Witryna od strony ulicy") - 1);
  });
});
