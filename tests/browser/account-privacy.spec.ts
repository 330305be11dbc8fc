import { readFileSync } from "node:fs";
import { anonymousApi, apiSignUp, axeViolations, baseUrl, fileBrowser, settled, signIn, uniqueEmail, withOneVisitor, withVisitors } from "./helpers";

const browser = fileBrowser();

const PASSWORD = "Moje-Dane-Torun-2026";

it("a person downloads their data, reads what deletion does, deletes the account and is signed out for good", async () => {
  const email = uniqueEmail("rodo");
  const name = `Róża Danych ${Date.now().toString(36)}`;
  await apiSignUp({ email, password: PASSWORD, name, accountType: "RESIDENT" });
  await withVisitors(browser(), "account-privacy", { count: 1 }, async ([ctx]) => {
    const page = await ctx.newPage();
    await signIn(page, email, PASSWORD);
    await page.goto("/account");
    await page.getByRole("link", { name: "Moje dane" }).click();
    await page.getByRole("heading", { level: 1, name: "Moje dane" }).waitFor();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    // The export: an attachment with the person's own profile, grouped by section.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Pobierz moje dane (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pes-tor-moje-dane-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(doc.profile).toMatchObject({ email, name });
    expect(Object.keys(doc.sections)).toEqual(expect.arrayContaining(["trainingRegistrations", "savedSearches", "emails"]));

    // What is erased and what is kept is said before anything happens.
    await page.getByRole("heading", { name: "Co usuniemy" }).waitFor();
    await page.getByRole("heading", { name: /Co program zachowa/ }).waitFor();
    const deleteButton = page.getByRole("button", { name: "Usuń moje konto" });
    expect(await deleteButton.isDisabled()).toBe(true);

    // A wrong password is refused next to the field.
    await page.getByLabel("Twoje hasło").fill("to-nie-jest-moje-haslo");
    await page.getByLabel("Rozumiem, że usunięcia nie można cofnąć.").check();
    await deleteButton.click();
    await page.getByRole("alert").filter({ hasText: "Hasło jest nieprawidłowe." }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("Twoje hasło").fill(PASSWORD);
    await deleteButton.click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.getByRole("banner").getByRole("link", { name: "Zaloguj się" }).waitFor();

    // The export is gone with the session, and the old credentials sign nobody in.
    const res = await ctx.request.get(`${baseUrl()}/account/export.json`);
    expect(res.status()).toBe(401);
    await page.goto("/signin");
    await settled(page);
    await page.getByLabel("Adres e-mail", { exact: true }).fill(email);
    await page.getByLabel("Hasło", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Zaloguj się", exact: true }).click();
    await page.getByRole("alert").first().waitFor();
    expect(await page.getByRole("banner").getByText(/Zalogowano jako/).count()).toBe(0);
  });
});

it("the privacy notice and the terms are reachable from the footer and pass axe", async () => {
  await withOneVisitor(browser(), "privacy-pages", async (page) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Ochrona danych osobowych (RODO)" }).click();
    await page.getByRole("heading", { level: 1, name: /Ochrona danych osobowych/ }).waitFor();
    await page.getByText("Gmina Miasta Toruń", { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Regulamin platformy" }).click();
    await page.getByRole("heading", { level: 1, name: /Regulamin/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

it("a person who has not accepted the current terms is asked on their next visit, once", async () => {
  const email = uniqueEmail("regulamin");
  // An API client of the fixed contract signs up without the terms argument.
  const res = await anonymousApi(`mutation($e: String!) { signUp(email: $e, password: "${PASSWORD}", name: "Tomasz Regulaminowy", accountType: RESIDENT) { id } }`, { e: email });
  expect(res.errors).toBeUndefined();
  await withVisitors(browser(), "terms-banner", { count: 1 }, async ([ctx]) => {
    const page = await ctx.newPage();
    await signIn(page, email, PASSWORD);
    const banner = page.getByRole("complementary", { name: "Zaakceptuj regulamin platformy" });
    await banner.waitFor();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    await banner.getByRole("button", { name: "Akceptuję regulamin" }).click();
    await banner.waitFor({ state: "detached" });
    await page.goto("/account");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("complementary", { name: "Zaakceptuj regulamin platformy" }).count()).toBe(0);
  });
});
