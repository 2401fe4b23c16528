"use client";

import { useEffect } from "react";

/**
 * Sets the tab's title once the page runs. For the not-found page: when a page finds nothing, Next.js
 * has already resolved that page's own title ("Case status: …"), and not-found.tsx cannot set metadata.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
