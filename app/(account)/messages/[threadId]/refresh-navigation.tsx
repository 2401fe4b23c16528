"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the shared header once (its unread count) after this page marked a thread read. */
export function RefreshNavigation() {
  const router = useRouter();
  useEffect(() => {
    router.refresh();
  }, [router]);
  return null;
}
