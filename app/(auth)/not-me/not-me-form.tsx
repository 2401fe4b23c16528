"use client";

import { useTranslations } from "use-intl";
import { reportNotMeAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function NotMeForm({ token }: { token: string }) {
  const t = useTranslations();
  const form = useActionForm(reportNotMeAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("passwordReset.notMe.submit")}</SubmitButton>
    </form>
  );
}
