"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { FormAction } from "@/lib/result";
import { buttonClass } from "./button";
import { SubmitButton } from "./submit-button";
import { useActionForm } from "./use-action-form";

/**
 * Remove, with a second press to confirm so a slip of the finger changes nothing. The buttons swap
 * in place, so focus goes with them: to the question when Remove is pressed (it is read out, and Tab
 * reaches the answer), back to Remove when the person keeps it.
 */
export function ConfirmRemoval<T extends object>({
  action,
  fields,
  remove,
  removeLabel,
  question,
  confirm,
  keep,
}: {
  action: FormAction<T>;
  /** The hidden fields that say what to remove. */
  fields: Record<string, string>;
  remove: ReactNode;
  /** The Remove button's accessible name, when its text alone does not say what it removes. */
  removeLabel?: string;
  question: string;
  confirm: string;
  keep: string;
}) {
  const form = useActionForm(action);
  const [confirming, setConfirming] = useState(false);
  const swapped = useRef(false);
  const questionRef = useRef<HTMLSpanElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (swapped.current) (confirming ? questionRef.current : removeRef.current)?.focus();
  }, [confirming]);
  const swap = (next: boolean) => {
    swapped.current = true;
    setConfirming(next);
  };

  if (!confirming) {
    return (
      <button ref={removeRef} type="button" className={buttonClass("outline")} aria-label={removeLabel} onClick={() => swap(true)}>
        {remove}
      </button>
    );
  }
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-3">
      {form.state && !form.state.ok && (
        <p role="alert" className="mb-0 w-full font-bold text-error">
          {form.state.message}
        </p>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span ref={questionRef} tabIndex={-1} data-testid="removal-question">
        {question}
      </span>
      <SubmitButton>{confirm}</SubmitButton>
      <button type="button" className={buttonClass("outline")} onClick={() => swap(false)}>
        {keep}
      </button>
    </form>
  );
}
