"use client";
import { signOut } from "../lib/auth-client";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => signOut({ callbackUrl: "/" })}>
      {label}
    </button>
  );
}
