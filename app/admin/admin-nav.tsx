"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The back office's secondary navigation; the dashboard is current only on /admin itself. */
export function AdminNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const path = usePathname() ?? "";
  return (
    <nav aria-label={label} className="admin-nav no-print">
      <ul>
        {items.map((i) => {
          const current = i.href === "/admin" ? path === "/admin" : path === i.href || path.startsWith(`${i.href}/`);
          return (
            <li key={i.href}>
              <Link href={i.href} aria-current={current ? "page" : undefined}>
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
