import { redirect } from "next/navigation";

/** The sign-in page, coming back to `returnTo` (a path of ours) once signed in. */
export function signInHref(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** For a page only a signed-in person may see: off to sign in, and back here afterwards. */
export function redirectToSignIn(returnTo: string): never {
  redirect(signInHref(returnTo));
}
