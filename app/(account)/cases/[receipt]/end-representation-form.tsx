"use client";

import Link from "next/link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "use-intl";
import { endRepresentationAction } from "./actions";

/** The confirmation step before the applicant ends a representation. */
export function EndRepresentationForm({
  receiptNumber,
  representationId,
  name,
}: {
  receiptNumber: string;
  representationId: string;
  name: string;
}) {
  const form = useActionForm(endRepresentationAction);
  const t = useTranslations();
  return (
    <section
      aria-labelledby="confirm-end-heading"
      className="mb-8 max-w-prose border-l-8 border-warning bg-warning-light px-5 py-4"
      data-testid="confirm-end-representation"
    >
      <h2 id="confirm-end-heading" className="mt-0">
        {t("cases.endRepresentation.heading", { name })}
      </h2>
      <p>{t("cases.endRepresentation.body", { name })}</p>
      <ErrorSummary {...form.summary} headingId="end-representation-errors" />
      <form key={form.formKey} action={form.formAction} className="flex flex-wrap items-center gap-6">
        <input type="hidden" name="receipt" value={receiptNumber} />
        <input type="hidden" name="representationId" value={representationId} />
        <SubmitButton>{t("cases.endRepresentation.confirm")}</SubmitButton>
        <Link href={`/cases/${receiptNumber}`}>{t("cases.endRepresentation.cancel")}</Link>
      </form>
    </section>
  );
}
