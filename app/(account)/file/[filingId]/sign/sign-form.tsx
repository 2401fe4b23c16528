"use client";

import { useRef } from "react";
import { signAction } from "./actions";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignForm({
  filingId,
  certification,
  signerName,
  submitLabel,
  owner,
}: {
  filingId: string;
  certification: string;
  signerName: string;
  submitLabel: string;
  owner: string;
}) {
  const form = useActionForm(signAction);
  const formRef = useRef<HTMLFormElement>(null);
  useKeptDraft(formRef, owner);
  return (
    <form ref={formRef} key={form.formKey} action={form.formAction} noValidate data-keep-draft="sign">
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="filingId" value={filingId} />
      <TextField
        name="fullName"
        label="Your full name"
        hint={`Type your full name as you gave it in the form: ${signerName}.`}
        autoComplete="name"
        maxLength={200}
        defaultValue={form.value("fullName")}
        error={form.error("fullName")}
      />
      <Checkbox
        name="certify"
        value="yes"
        label={certification}
        defaultChecked={form.value("certify") === "yes"}
        error={form.error("certify")}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
