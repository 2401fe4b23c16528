"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { resolveText } from "@/lib/i18n/message-ref";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/result";

/** Five different questions with answers: the last sign-up step, and the settings page. */
export function QuestionsForm({
  questions,
  count,
  action,
  submitLabel,
}: {
  questions: { id: number; text: string }[];
  count: number;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
}) {
  const t = useTranslations();
  const form = useActionForm(action);
  const slots = Array.from({ length: count }, (_, i) => i + 1);
  const [chosen, setChosen] = useState<Record<number, string>>(() =>
    Object.fromEntries(slots.map((i) => [i, form.value(`question${i}`) ?? ""])),
  );
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      {slots.map((i) => {
        // A question already picked in another slot is not offered again.
        const takenElsewhere = new Set(
          slots
            .filter((j) => j !== i)
            .map((j) => chosen[j])
            .filter(Boolean),
        );
        return (
          <fieldset key={i} className="mb-8 max-w-xl border-l-4 border-paper pl-4">
            <legend className="mb-3 text-lg font-bold">{t("ui.questions.legend", { number: i })}</legend>
            <SelectField
              name={`question${i}`}
              label={t("ui.questions.question", { number: i })}
              defaultValue={form.value(`question${i}`)}
              onChange={(event) => setChosen((current) => ({ ...current, [i]: event.target.value }))}
              options={questions
                .filter((q) => !takenElsewhere.has(String(q.id)))
                .map((q) => ({ value: String(q.id), label: resolveText(q.text, t) }))}
              error={form.error(`question${i}`)}
            />
            <TextField
              name={`answer${i}`}
              label={t("ui.questions.answer", { number: i })}
              autoComplete="off"
              maxLength={200}
              defaultValue={form.value(`answer${i}`)}
              error={form.error(`answer${i}`)}
            />
          </fieldset>
        );
      })}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
