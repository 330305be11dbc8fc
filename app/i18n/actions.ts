"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

/** The language switch: a cookie read by app/i18n/request.ts; works without JavaScript. */
export async function setLocale(form: FormData): Promise<void> {
  const locale = form.get("locale") === "en" ? "en" : "pl";
  (await cookies()).set("NEXT_LOCALE", locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const back = (await headers()).get("referer");
  let path = "/";
  try {
    if (back) {
      const u = new URL(back);
      path = `${u.pathname}${u.search}`;
    }
  } catch {
    /* keep "/" */
  }
  redirect(path);
}
