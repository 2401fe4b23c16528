"use client";

import { useActionState, useRef } from "react";
import type { FormAction, FormState } from "@/lib/result";

/** useActionState for our actions, plus helpers to read field errors and submitted values. */
export function useActionForm<T extends object = object>(action: FormAction<T>) {
  const [state, formAction, pending] = useActionState<FormState<T>, FormData>(action, null);
  return { ...useFormView(state), formAction, pending };
}

/** What a form shows of its last result: a key that changes with it, field errors, the values to show again, the summary. */
export function useFormView<T extends object>(state: FormState<T>) {
  const failed = state && !state.ok ? state : null;
  // React resets a form after its action; a new key per result re-mounts the fields so they show
  // the submitted values again (passwords are never sent back).
  const seen = useRef<{ state: FormState<T>; key: number }>({ state: null, key: 0 });
  if (seen.current.state !== state) seen.current = { state, key: seen.current.key + 1 };
  return {
    state,
    formKey: seen.current.key,
    error: (field: string) => failed?.fieldErrors?.[field],
    value: (field: string) => failed?.values?.[field],
    summary: { message: failed?.message, fieldErrors: failed?.fieldErrors },
  };
}
