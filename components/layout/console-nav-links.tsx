"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The console's links, the current page marked; the labels come translated from ConsoleNav. */
export function ConsoleNavLinks({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-8 border-b border-line pb-3">
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
        {links.map((link) => {
          const current = pathname === link.href;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={current ? "font-bold text-ink no-underline" : undefined}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
