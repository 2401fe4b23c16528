"use client";

import { useTranslations } from "use-intl";
import { confirmEmailChangeAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const t = useTranslations();
  const form = useActionForm(confirmEmailChangeAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("settings.email.confirm.submit")}</SubmitButton>
    </form>
  );
}
