"use client";

import { useTranslations } from "use-intl";
import { startClientDraftAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function StartClientForm({ forms }: { forms: { value: string; label: string }[] }) {
  const t = useTranslations();
  const form = useActionForm(startClientDraftAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-prose">
      <ErrorSummary {...form.summary} />
      <SelectField
        name="formType"
        label={t("representative.forms.fields.form")}
        options={forms}
        defaultValue={form.value("formType") ?? ""}
        error={form.error("formType")}
      />
      <TextField
        name="clientName"
        label={t("representative.forms.fields.clientName")}
        autoComplete="off"
        maxLength={120}
        defaultValue={form.value("clientName")}
        error={form.error("clientName")}
      />
      <TextField
        name="clientEmail"
        type="email"
        label={t("representative.forms.fields.clientEmail")}
        hint={t("representative.forms.fields.clientEmailHint")}
        autoComplete="off"
        spellCheck={false}
        maxLength={254}
        defaultValue={form.value("clientEmail")}
        error={form.error("clientEmail")}
      />
      <SubmitButton>{t("representative.forms.start")}</SubmitButton>
    </form>
  );
}
