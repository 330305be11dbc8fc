"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The back office's secondary navigation; the dashboard is current only on /admin itself.
 * On a phone it folds into a <details> naming the current section (keyed by the path, so
 * it is closed again after a move); from 48rem up it is a plain list beside the page.
 */
export function AdminNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const path = usePathname() ?? "";
  const isCurrent = (href: string) => (href === "/admin" ? path === "/admin" : path === href || path.startsWith(`${href}/`));
  const here = items.find((i) => isCurrent(i.href));
  return (
    <nav aria-label={label} className="admin-nav no-print">
      <details key={path} className="admin-nav-menu">
        <summary>
          {label}
          {here && `: ${here.label}`}
        </summary>
      <ul>
        {items.map((i) => {
          const current = isCurrent(i.href);
          return (
            <li key={i.href}>
              <Link href={i.href} aria-current={current ? "page" : undefined}>
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
      </details>
    </nav>
  );
}
