import type { Page } from "playwright-core";
import { settled } from "./helpers";

/** "YYYY-MM-DDTHH:mm" `days` from now at `hour`:00, the value a datetime-local input takes. */
function localDateTime(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

/**
 * On the open "new training" form: a training with two seats for officials, PES and
 * residents, `days` from now from `from` to `to` o'clock; saves it and waits for its
 * registrations page.
 */
export async function createTrainingForAll(
  page: Page,
  t: { title: string; place: string; topic: string; days: number; from: number; to: number },
): Promise<void> {
  await settled(page);
  await page.getByLabel("Tytuł", { exact: true }).fill(t.title);
  await page.getByLabel("Miejsce (nazwa sali, budynku lub „Online”)").fill(t.place);
  await page.getByLabel("Początek").fill(localDateTime(t.days, t.from));
  await page.getByLabel("Koniec").fill(localDateTime(t.days, t.to));
  await page.getByLabel("Liczba miejsc").fill("2");
  await page.getByRole("checkbox", { name: "Urzędnicy" }).check();
  await page.getByRole("checkbox", { name: "Przedstawiciele PES" }).check();
  await page.getByRole("checkbox", { name: "Mieszkańcy" }).check();
  await page.getByLabel("Tematy (po przecinku)").fill(t.topic);
  await page.getByRole("button", { name: "Zapisz", exact: true }).click();
  await page.waitForURL(/\/admin\/trainings\/[0-9a-f-]+\/registrations/);
}
