"use client";

import { requestEmailChangeAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangeEmailForm() {
  const form = useActionForm(requestEmailChangeAction);
  if (form.state?.ok) {
    const { sentTo } = form.state;
    return (
      <Alert kind="success" heading="Check your new email" live testId="email-change-sent">
        <p>
          We sent a link to <strong>{sentTo}</strong>. Open it within 24 hours to finish the change. Until then, keep using your current
          email address to sign in.
        </p>
      </Alert>
    );
  }
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="newEmail"
        label="New email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("newEmail")}
        error={form.error("newEmail")}
      />
      <TextField
        name="confirmNewEmail"
        label="Confirm new email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("confirmNewEmail")}
        error={form.error("confirmNewEmail")}
      />
      <SubmitButton>Send confirmation link</SubmitButton>
    </form>
  );
}
