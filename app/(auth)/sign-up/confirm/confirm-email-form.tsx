"use client";

import { confirmEmailAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { AccountType } from "@/lib/registration/schemas";
import { AccountTypeChoice } from "../account-type-choice";

/**
 * `submitLabel`: already in the reader's language (the page passes it). `accountType`: the account's
 * type now, offered again (needs the "signUp" texts); null for an officer's invitation.
 */
export function ConfirmEmailForm({
  token,
  submitLabel,
  accountType,
}: {
  token: string;
  submitLabel: string;
  accountType: AccountType | null;
}) {
  const form = useActionForm(confirmEmailAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} labels={{ accountType: "accountType-APPLICANT" }} />
      <input type="hidden" name="token" value={token} />
      {accountType && <AccountTypeChoice defaultValue={form.value("accountType") ?? accountType} error={form.error("accountType")} />}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
