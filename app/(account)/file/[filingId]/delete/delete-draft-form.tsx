"use client";

import Link from "next/link";
import { deleteDraftAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function DeleteDraftForm({ filingId, keepHref }: { filingId: string; keepHref: string }) {
  const form = useActionForm(deleteDraftAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="filingId" value={filingId} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>Yes, delete this form</SubmitButton>
        <Link href={keepHref}>No, keep it</Link>
      </div>
    </form>
  );
}
