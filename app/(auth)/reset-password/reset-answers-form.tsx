"use client";

import { useTranslations } from "use-intl";
import { resetAnswersAction } from "./actions";
import { resolveText } from "@/lib/i18n/message-ref";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ResetAnswersForm({ token, questions }: { token: string; questions: { id: number; text: string }[] }) {
  const t = useTranslations();
  const form = useActionForm(resetAnswersAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      {questions.map((question, i) => (
        <TextField
          key={question.id}
          name={`answer${i + 1}`}
          label={resolveText(question.text, t)}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          defaultValue={form.value(`answer${i + 1}`)}
          error={form.error(`answer${i + 1}`)}
        />
      ))}
      <SubmitButton>{t("passwordReset.answers.submit")}</SubmitButton>
    </form>
  );
}
