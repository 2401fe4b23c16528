"use client";

import { useTranslations } from "use-intl";
import { retryJobAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function RetryJobForm({ jobId }: { jobId: string }) {
  const form = useActionForm(retryJobAction);
  const t = useTranslations();
  return (
    <form key={form.formKey} action={form.formAction}>
      {form.summary.message && (
        <Alert kind="error" live>
          <p>{form.summary.message}</p>
        </Alert>
      )}
      <input type="hidden" name="jobId" value={jobId} />
      <SubmitButton variant="outline">{t("agency.alerts.runAgain")}</SubmitButton>
    </form>
  );
}
