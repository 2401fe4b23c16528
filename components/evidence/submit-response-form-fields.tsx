"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/result";
import { useTranslations } from "use-intl";

export function SubmitResponseFormFields<T extends object>({
  receiptNumber,
  requestId,
  action,
}: {
  receiptNumber: string;
  requestId: string;
  action: FormAction<T>;
}) {
  const form = useActionForm(action);
  const t = useTranslations();
  return (
    <section aria-labelledby="submit-heading" className="max-w-prose border-2 border-line p-6">
      <h2 id="submit-heading" className="mt-0">
        {t("evidence.submit.heading")}
      </h2>
      <form key={form.formKey} action={form.formAction} noValidate>
        <ErrorSummary {...form.summary} />
        <p>{t("evidence.submit.intro")}</p>
        <input type="hidden" name="receiptNumber" value={receiptNumber} />
        <input type="hidden" name="requestId" value={requestId} />
        <Checkbox name="confirm" value="yes" label={t("evidence.submit.confirm")} error={form.error("confirm")} />
        <SubmitButton>{t("evidence.submit.button")}</SubmitButton>
      </form>
    </section>
  );
}
