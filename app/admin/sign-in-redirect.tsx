"use client";
import { usePathname } from "next/navigation";
import { redirectToSignIn } from "../lib/sign-in";

/**
 * Anonymous visitors of the back office go to sign-in and come back to the page they
 * asked for. A layout does not know the requested path; a client component does, and
 * redirect() during its server render answers with a redirect before any HTML is sent.
 */
export function SignInRedirect(): never {
  const path = usePathname() ?? "/admin";
  redirectToSignIn(path);
}
