"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setTimeZoneAction } from "./actions";

/** The texts come translated from the page. */
export function TimeZoneForm({
  current,
  options,
  texts,
}: {
  current: string;
  options: { value: string; label: string }[];
  texts: { label: string; hint: string; placeholder: string; save: string };
}) {
  const form = useActionForm(setTimeZoneAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-prose">
      <ErrorSummary {...form.summary} />
      <SelectField
        name="timeZone"
        label={texts.label}
        hint={texts.hint}
        placeholder={texts.placeholder}
        options={options}
        defaultValue={form.value("timeZone") ?? current}
        error={form.error("timeZone")}
      />
      <SubmitButton>{texts.save}</SubmitButton>
    </form>
  );
}
