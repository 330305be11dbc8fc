import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The link back to where a page belongs (the list, the parent), above its heading; not
 * printed. One look everywhere: the arrow is drawn here (hidden from screen readers and
 * speech input, so the link's name is the page it leads to), the label is that page's
 * name ("Moje konto", "Lokale"), never "Wróć do …" and never an arrow of its own.
 */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="back-link no-print">
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
