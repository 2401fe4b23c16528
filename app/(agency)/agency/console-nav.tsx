"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/agency", label: "Work queue" },
  { href: "/agency/search", label: "Find a case" },
  { href: "/agency/intake", label: "Take in a paper case" },
  { href: "/agency/representatives", label: "Representatives" },
  { href: "/agency/reschedule-requests", label: "Reschedule requests" },
  { href: "/agency/alerts", label: "Undelivered alerts" },
  { href: "/agency/audit", label: "Audit log" },
  { href: "/settings", label: "Account settings" },
];

/** The console's navigation; also above an officer's own settings pages, which live under /settings. */
export function ConsoleNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Officer console" className="mb-8 border-b border-line pb-3">
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
        {LINKS.map((link) => {
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
