"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { signAction } from "./actions";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignForm({
  filingId,
  version,
  certification,
  signerName,
  submitLabel,
  owner,
}: {
  filingId: string;
  /** Which saved state of the form this page shows: signing is refused if it changed since. */
  version: string;
  certification: string;
  signerName: string;
  submitLabel: string;
  owner: string;
}) {
  const t = useTranslations();
  const form = useActionForm(signAction);
  const formRef = useRef<HTMLFormElement>(null);
  useKeptDraft(formRef, owner);
  return (
    <form ref={formRef} key={form.formKey} action={form.formAction} noValidate data-keep-draft="sign">
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="filingId" value={filingId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        name="fullName"
        label={t("filing.sign.fullName")}
        hint={t("filing.sign.fullNameHint", { name: signerName })}
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
