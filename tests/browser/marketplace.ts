import type { Locator, Page } from "playwright-core";
import { settled } from "./helpers";

/** The "new equipment notice" form on the page, once it takes clicks. */
export async function newNoticeForm(page: Page): Promise<Locator> {
  const form = page.getByRole("form", { name: "Nowe ogłoszenie" });
  await form.waitFor();
  await settled(page);
  return form;
}
