"use client";

import { useEffect, useState, type RefObject } from "react";
import { restoreDraft } from "./kept-drafts";

/** Restores a draft kept at an idle sign-out into the form; true once something was put back. */
export function useKeptDraft(formRef: RefObject<HTMLFormElement | null>, owner: string): boolean {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (formRef.current && restoreDraft(formRef.current, owner)) setRestored(true);
  }, [formRef, owner]);
  return restored;
}
