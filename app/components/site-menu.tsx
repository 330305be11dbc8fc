"use client";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * The header's <details> menu. Keyed by the path, so that it is closed again after a
 * move: the header belongs to the root layout and outlives client-side navigations, and
 * an open menu would otherwise stay over the next page on a phone.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const path = usePathname() ?? "";
  return (
    <details key={path} className="site-menu">
      {children}
    </details>
  );
}
