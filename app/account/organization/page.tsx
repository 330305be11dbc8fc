import { redirect } from "next/navigation";

/** The welcome e-mail of PES accounts links here; the organisation part lives on /account. */
export default function AccountOrganizationPage() {
  redirect("/account#organization");
}
