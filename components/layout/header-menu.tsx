"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

/**
 * On narrow screens the account navigation folds behind a "Menu" button (a disclosure: the button
 * says whether it is open, Escape closes it and puts focus back on the button, and it closes when
 * a link leads to another page). From the `sm` width up the navigation is always shown.
 */
export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const id = useId();
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  // Remembering the page it was opened on closes the menu after navigating, without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 border-primary bg-white px-3 font-bold text-primary hover:bg-primary-light sm:hidden"
        data-testid="menu-button"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="currentColor">
          {open ? (
            <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z" />
          ) : (
            <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Z" />
          )}
        </svg>
        {label}
      </button>
      <div id={id} className={`${open ? "block" : "hidden"} w-full sm:block sm:w-auto`} data-testid="header-menu">
        {children}
      </div>
    </>
  );
}
