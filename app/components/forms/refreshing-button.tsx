"use client";
import { useRouter } from "next/navigation";
import type { ButtonHTMLAttributes } from "react";

/**
 * A button whose API call shows its outcome in the page itself (a removed row is gone):
 * after `act`, the page's server data is read again. For an outcome to be said in words,
 * `ActionButton`.
 */
export function RefreshingButton({ act, ...button }: { act: () => Promise<unknown> } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "onClick">) {
  const router = useRouter();
  return (
    <button
      type="button"
      {...button}
      onClick={async () => {
        await act();
        router.refresh();
      }}
    />
  );
}
