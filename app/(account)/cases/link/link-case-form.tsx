"use client";

import Link from "next/link";
import { linkPaperCaseAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "use-intl";

export function LinkCaseForm() {
  const form = useActionForm(linkPaperCaseAction);
  const t = useTranslations();
  const already = form.state && !form.state.ok && form.state.code === "already_linked" ? form.state : null;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      {already ? (
        <Alert kind="info" heading={already.message} live testId="already-linked">
          <p>
            <Link href={`/cases/${already.values?.receiptNumber ?? ""}`}>{t("cases.link.goToCase")}</Link>
          </p>
        </Alert>
      ) : (
        <ErrorSummary {...form.summary} />
      )}
      <TextField
        name="receiptNumber"
        label={t("cases.link.receiptLabel")}
        hint={t("cases.link.receiptHint")}
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
        label={t("cases.link.codeLabel")}
        hint={t("cases.link.codeHint")}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        maxLength={40}
        className="max-w-xs font-mono"
        error={form.error("accessCode")}
      />
      <SubmitButton>{t("cases.link.submit")}</SubmitButton>
    </form>
  );
}
