"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formPagePath } from "../lib/form-result";

/** The language switch: a cookie read by app/i18n/request.ts; works without JavaScript. */
export async function setLocale(form: FormData): Promise<void> {
  const locale = form.get("locale") === "en" ? "en" : "pl";
  (await cookies()).set("NEXT_LOCALE", locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  redirect(await formPagePath());
}
