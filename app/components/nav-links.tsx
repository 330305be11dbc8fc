"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Section links; the current section is marked for screen readers and sighted users. */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const path = usePathname() ?? "/";
  return (
    <ul className="container">
      {items.map((i) => (
        <li key={i.href}>
          <Link href={i.href} aria-current={path === i.href || path.startsWith(`${i.href}/`) ? "page" : undefined}>
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
