"use client";

import Link from "next/link";
import { deleteDraftAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** The words come translated from the page. */
export function DeleteDraftForm({
  filingId,
  keepHref,
  deleteLabel,
  keepLabel,
}: {
  filingId: string;
  keepHref: string;
  deleteLabel: string;
  keepLabel: string;
}) {
  const form = useActionForm(deleteDraftAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="filingId" value={filingId} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{deleteLabel}</SubmitButton>
        <Link href={keepHref}>{keepLabel}</Link>
      </div>
    </form>
  );
}
