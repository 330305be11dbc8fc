import Link from "next/link";
import type { ReactNode } from "react";

/** The link back to where a page belongs (the list, the parent), above its heading; not printed. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="no-print">
      <Link href={href}>{children}</Link>
    </p>
  );
}
