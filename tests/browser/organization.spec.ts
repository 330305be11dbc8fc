import type { Page } from "playwright-core";
import { axeViolations, confirmEmail, fileBrowser, settled, signedInPage, signUp, uniqueEmail, withVisitors } from "./helpers";

const browser = fileBrowser();

/** Signs up on `page` as a PES account (an address from `emailPrefix`) and confirms the address from the e-mail. */
async function signUpConfirmedPes(page: Page, name: string, emailPrefix: string): Promise<void> {
  await page.goto("/signup");
  const email = uniqueEmail(emailPrefix);
  await signUp(page, { name, email, password: "Wisla-Torun-2026", type: "Podmiot ekonomii społecznej" });
  await page.getByRole("heading", { level: 1, name: "Moje konto" }).waitFor();
  await confirmEmail(page, email);
}

it("a PES account searches the directory, adds its organisation, an admin verifies it, and a second person joins it", async () => {
  const suffix = Date.now().toString(36);
  const orgName = `Spółdzielnia Socjalna Wisła ${suffix}`;
  const ownerName = `Ewa Założycielka ${suffix}`;
  const joinerName = `Piotr Dołączający ${suffix}`;

  await withVisitors(browser(), "organization-journey", { count: 3 }, async ([ownerCtx, adminCtx, joinerCtx]) => {
    // Sign-up as a PES account leads to the account page, which asks to search first.
    const owner = await ownerCtx.newPage();
    await signUpConfirmedPes(owner, ownerName, "ewa");
    // The welcome e-mail's link leads to the same place.
    await owner.goto("/account/organization");
    await owner.getByRole("heading", { level: 2, name: "Organizacja" }).waitFor();
    await settled(owner);
    await owner.getByLabel("Nazwa, NIP lub KRS organizacji").fill(orgName);
    await owner.getByRole("button", { name: "Szukaj w katalogu" }).click();
    await owner.getByText("Nie znaleziono organizacji. Możesz dodać nową.").waitFor();
    await owner.getByRole("button", { name: "Dodaj nową organizację" }).click();

    // The form checks the NIP before sending.
    await owner.getByLabel("Nazwa", { exact: true }).fill(orgName);
    await owner.getByLabel("Forma prawna").selectOption({ label: "Spółdzielnia socjalna" });
    await owner.getByLabel("NIP", { exact: true }).fill("1234567890");
    await owner.getByRole("button", { name: "Dodaj organizację" }).click();
    await owner.getByText("NIP musi mieć 10 cyfr i poprawną cyfrę kontrolną").waitFor();
    await owner.getByLabel("NIP", { exact: true }).fill("");
    await owner.getByLabel("Osiedle").selectOption("Rubinkowo");
    await owner.getByRole("button", { name: "Dodaj organizację" }).click();
    await owner.getByText(`Reprezentujesz organizację ${orgName}. Organizacja czeka na weryfikację`).waitFor();

    // An admin verifies it.
    const admin = await signedInPage(adminCtx, "admin@example.org");
    await admin.goto("/admin/approvals");
    await settled(admin);
    // The row says what was entered, in words: the legal form and who applied.
    const row = admin.getByRole("row").filter({ hasText: orgName });
    await row.getByRole("cell", { name: "Spółdzielnia socjalna", exact: true }).waitFor();
    await row.getByText(/Zgłosił\(a\)/).waitFor();
    await admin.getByRole("button", { name: `Zweryfikuj organizację: ${orgName}` }).click();
    await admin.getByRole("button", { name: `Zweryfikuj organizację: ${orgName}` }).waitFor({ state: "detached" });

    await owner.reload();
    await owner.getByText(`Reprezentujesz organizację ${orgName} (zweryfikowana).`).waitFor();
    await owner.getByRole("banner").getByText(/\(Przedstawiciel PES\)/).waitFor();

    // A second PES account finds it and asks to join; the owner accepts.
    const joiner = await joinerCtx.newPage();
    await signUpConfirmedPes(joiner, joinerName, "piotr");
    await joiner.goto("/account");
    await joiner.getByRole("heading", { level: 1, name: "Moje konto" }).waitFor();
    await settled(joiner);
    await joiner.getByLabel("Nazwa, NIP lub KRS organizacji").fill(`Wisła ${suffix}`);
    await joiner.getByRole("button", { name: "Szukaj w katalogu" }).click();
    await joiner.getByRole("button", { name: `Poproś o dołączenie do: ${orgName}` }).click();
    await joiner.getByText(`Czekasz na przyjęcie do organizacji ${orgName}`).waitFor();

    await owner.reload();
    await settled(owner);
    await owner.getByRole("button", { name: `Przyjmij: ${joinerName}` }).click();
    await owner.getByRole("button", { name: `Przyjmij: ${joinerName}` }).waitFor({ state: "detached" });

    await joiner.reload();
    await joiner.getByText(`Reprezentujesz organizację ${orgName} (zweryfikowana).`).waitFor();

    // The owner manages the members: a function title and co-ownership for the newcomer.
    await owner.getByRole("link", { name: "Zarządzaj członkami" }).click();
    await owner.getByRole("heading", { level: 1, name: "Członkowie organizacji" }).waitFor();
    await settled(owner);
    expect(await axeViolations(owner)).toEqual([]);
    const member = owner.getByRole("form", { name: joinerName });
    await member.getByLabel("Rola").selectOption("OWNER");
    await member.getByLabel("Funkcja").fill("Skarbnik");
    await member.getByRole("button", { name: `Zapisz zmiany: ${joinerName}` }).click();
    await owner.getByText("Zapisano zmiany.").waitFor();

    // The public profile shows names, roles and functions — never e-mails.
    await owner.getByRole("link", { name: "Zobacz publiczny profil" }).click();
    const members = owner.getByRole("region", { name: "Członkowie i funkcje" });
    await members.getByText(`${joinerName}`).waitFor();
    await members.getByText(/Skarbnik/).waitFor();
    expect(await members.textContent()).not.toContain("@");
    expect(await axeViolations(owner)).toEqual([]);

    // An admin reaches any organisation's member list from its profile.
    await admin.goto(owner.url());
    await admin.getByRole("link", { name: "Zarządzaj członkami" }).click();
    await admin.getByRole("heading", { level: 1, name: "Członkowie organizacji" }).waitFor();
    await admin.getByRole("form", { name: ownerName }).getByLabel("Rola").waitFor();
  });
});
