"use client";

import { usePathname } from "next/navigation";
import { useEffect, useLayoutEffect, useRef } from "react";

/** The element a #fragment of the address names, when it is inside `main`. */
function fragmentTarget(main: HTMLElement): HTMLElement | null {
  let id = "";
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return null;
  }
  const target = id ? document.getElementById(id) : null;
  return target && main.contains(target) ? target : null;
}

/** Focuses without scrolling (the router has scrolled already); a heading is focusable only until it loses focus. */
function focusHere(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) {
    target.setAttribute("tabindex", "-1");
    target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
  }
  target.focus({ preventScroll: true });
}

/**
 * The router leaves focus where it was when it shows another page (usually on nothing, as the
 * button pressed is gone), so keyboard and screen-reader users would start from the top of the
 * document. After a move to another path, focus goes to the element the #fragment names, or the
 * new page's h1, or `main`. Not on the first load, not when only the query changes, and not when
 * something on the new page (an error summary, a field) has already taken focus.
 */
export function RouteFocus({ mainId }: { mainId: string }) {
  const pathname = usePathname();
  const shown = useRef(pathname);
  // What had focus as the new page went in (before its own effects ran): a link of a navigation that
  // stays on screen keeps focus through the change, and is no sign that the new page took it.
  const focusedBefore = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (shown.current !== pathname) focusedBefore.current = document.activeElement;
  }, [pathname]);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById(mainId);
    if (!main) return;
    const active = document.activeElement;
    if (active && active !== focusedBefore.current && active !== main && main.contains(active)) return;
    focusHere(fragmentTarget(main) ?? main.querySelector<HTMLElement>("h1") ?? main);
  }, [pathname, mainId]);
  return null;
}
