"use client";

import { startClientDraftAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function StartClientForm({ forms }: { forms: { value: string; label: string }[] }) {
  const form = useActionForm(startClientDraftAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-prose">
      <ErrorSummary {...form.summary} />
      <SelectField
        name="formType"
        label="Form"
        options={forms}
        defaultValue={form.value("formType") ?? ""}
        error={form.error("formType")}
      />
      <TextField
        name="clientName"
        label="Client's full name"
        autoComplete="off"
        maxLength={120}
        defaultValue={form.value("clientName")}
        error={form.error("clientName")}
      />
      <TextField
        name="clientEmail"
        type="email"
        label="Client's email address"
        hint="We email your client a link to review and sign the form in their own account."
        autoComplete="off"
        spellCheck={false}
        maxLength={254}
        defaultValue={form.value("clientEmail")}
        error={form.error("clientEmail")}
      />
      <SubmitButton>Start the form</SubmitButton>
    </form>
  );
}
