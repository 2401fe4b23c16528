"use client";

import { useTranslations } from "use-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { resolveText } from "@/lib/i18n/message-ref";
import type { FormAction } from "@/lib/result";

/**
 * useActionForm, with the browser's own refusals (checkBeforeSending) put in the reader's language
 * as well: the server's results already are, and resolving them again changes nothing.
 */
export function useLocalizedActionForm<T extends object>(action: FormAction<T>) {
  const t = useTranslations();
  const form = useActionForm(action);
  const text = (value: string | undefined) => (value === undefined ? undefined : resolveText(value, t));
  const fieldErrors = form.summary.fieldErrors
    ? Object.fromEntries(Object.entries(form.summary.fieldErrors).map(([field, error]) => [field, resolveText(error, t)]))
    : undefined;
  return {
    ...form,
    error: (field: string) => text(form.error(field)),
    summary: { message: text(form.summary.message), fieldErrors },
  };
}
