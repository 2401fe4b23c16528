"use client";

import Link from "next/link";
import { linkPaperCaseAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function LinkCaseForm() {
  const form = useActionForm(linkPaperCaseAction);
  const already = form.state && !form.state.ok && form.state.code === "already_linked" ? form.state : null;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      {already ? (
        <Alert kind="info" heading={already.message} live testId="already-linked">
          <p>
            <Link href={`/cases/${already.values?.receiptNumber ?? ""}`}>Go to the case</Link>
          </p>
        </Alert>
      ) : (
        <ErrorSummary {...form.summary} />
      )}
      <TextField
        name="receiptNumber"
        label="Receipt number"
        hint="13 characters: 3 letters and 10 numbers, like EAC2612345678. You can include the dashes."
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        maxLength={40}
        className="max-w-xs font-mono"
        defaultValue={form.value("receiptNumber")}
        error={form.error("receiptNumber")}
      />
      <TextField
        name="accessCode"
        label="Online Access Code"
        hint="12 letters and numbers from your Account Access Notice, like 7KQ2-M9TX-4HPB."
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        maxLength={40}
        className="max-w-xs font-mono"
        error={form.error("accessCode")}
      />
      <SubmitButton>Add case</SubmitButton>
    </form>
  );
}
