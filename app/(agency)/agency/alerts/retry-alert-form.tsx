"use client";

import { useTranslations } from "use-intl";
import { retryAlertAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function RetryAlertForm({ alertId }: { alertId: string }) {
  const form = useActionForm(retryAlertAction);
  const t = useTranslations();
  return (
    <form key={form.formKey} action={form.formAction}>
      {form.summary.message && (
        <Alert kind="error" live>
          <p>{form.summary.message}</p>
        </Alert>
      )}
      <input type="hidden" name="alertId" value={alertId} />
      <SubmitButton variant="outline">{t("agency.alerts.tryAgain")}</SubmitButton>
    </form>
  );
}
