import { appDatabase, axeViolations, fileBrowser, newVisitor, settled, signedInPage } from "./helpers";

const browser = fileBrowser();

it("a person finds their notifications from the header and chooses how each kind reaches them by e-mail", async () => {
  const ctx = await newVisitor(browser());
  const page = await signedInPage(ctx, "resident@example.org");
  await page.getByTestId("notifications-badge").click();
  await page.getByRole("heading", { level: 1, name: "Powiadomienia" }).waitFor();
  await settled(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Ustawienia powiadomień" }).click();
  await page.getByRole("heading", { level: 1, name: "Ustawienia powiadomień" }).waitFor();
  await settled(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Odpowiedzi na moje zapytania o lokale").selectOption("DAILY");
  await page.getByRole("button", { name: "Zapisz" }).click();
  await page.getByRole("status").filter({ hasText: "Zapisano ustawienia powiadomień." }).waitFor();
  await page.reload();
  await settled(page);
  expect(await page.getByLabel("Odpowiedzi na moje zapytania o lokale").inputValue()).toBe("DAILY");
  await ctx.close();
}, 240_000);

it("follow → notification → preferences: a resident follows a district, new premises there reach the list, and the follow is stopped on the preferences page", async () => {
  const db = await appDatabase();
  const {
    rows: [place],
  } = await db.query<{ id: string; district: string }>(`SELECT id, district FROM premises WHERE status = 'AVAILABLE' ORDER BY address LIMIT 1`);
  await db.end();

  const ctx = await newVisitor(browser());
  const officialCtx = await newVisitor(browser());
  const page = await signedInPage(ctx, "resident@example.org");
  await page.goto(`/premises/${place.id}`);
  await settled(page);
  await page.getByRole("button", { name: `Obserwuj: osiedle ${place.district}` }).click();
  await page.getByRole("status").filter({ hasText: `Obserwujesz: osiedle ${place.district}.` }).waitFor();

  // An official adds premises there (through the API, as the back office does).
  await signedInPage(officialCtx, "official@example.org");
  const address = `ul. Obserwowana ${Date.now().toString(36)}`;
  const res = await officialCtx.request.post("/api/graphql", {
    data: { query: `mutation($i: PremisesInput!) { createPremises(input: $i) { id } }`, variables: { i: { address, district: place.district, areaM2: 42, monthlyRent: 1500 } } },
  });
  expect((await res.json()).errors).toBeUndefined();

  await page.goto("/account/notifications");
  await page.getByText(new RegExp(`Nowy lokal: ${address}`)).first().waitFor();

  await page.goto("/account/preferences");
  await settled(page);
  const follows = page.getByTestId("my-follows");
  await follows.getByText(`osiedle ${place.district}`).first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await follows.getByRole("button", { name: `Przestań obserwować: osiedle ${place.district}` }).click();
  await follows.getByRole("status").filter({ hasText: `Nie obserwujesz już: osiedle ${place.district}.` }).waitFor();
  await Promise.all([ctx.close(), officialCtx.close()]);
}, 240_000);
