import { getTranslations } from "next-intl/server";
import { SignOutButton } from "./sign-out-button";

export default async function SignOutPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1>{t("signOut.title")}</h1>
      <p>{t("signOut.confirm")}</p>
      <SignOutButton label={t("signOut.submit")} />
    </>
  );
}
