"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/result";

/** A backup code shown once, with print, download and copy, and the "I have saved it" step. */
export function BackupCodePanel({
  code,
  confirmAction,
}: {
  code: string;
  confirmAction: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const t = useTranslations();
  const form = useActionForm(confirmAction);
  const [notice, setNotice] = useState("");

  function download() {
    const text = t("ui.backupCode.fileText", { code });
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "backup-code.txt";
    link.click();
    URL.revokeObjectURL(url);
    setNotice(t("ui.backupCode.downloaded"));
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setNotice(t("ui.backupCode.copied"));
    } catch {
      setNotice(t("ui.backupCode.copyRefused"));
    }
  }

  return (
    <>
      <div className="mb-6 inline-block border-4 border-dashed border-primary px-6 py-4">
        <p className="mb-1 text-sm font-bold uppercase text-muted" id="backup-code-label">
          {t("ui.backupCode.yourCode")}
        </p>
        <p className="mb-0 font-mono text-2xl font-bold tracking-widest" aria-labelledby="backup-code-label" data-testid="backup-code">
          {code}
        </p>
      </div>
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <Button variant="outline" onClick={() => window.print()}>
          {t("ui.backupCode.print")}
        </Button>
        <Button variant="outline" onClick={download}>
          {t("ui.backupCode.download")}
        </Button>
        <Button variant="outline" onClick={copy}>
          {t("ui.backupCode.copy")}
        </Button>
      </div>
      <p role="status" className="no-print min-h-6 text-success-dark" data-testid="backup-notice">
        {notice}
      </p>
      <form key={form.formKey} action={form.formAction} noValidate className="no-print">
        <ErrorSummary {...form.summary} />
        <Checkbox name="saved" value="yes" label={t("ui.backupCode.saved")} error={form.error("saved")} />
        <SubmitButton>{t("ui.backupCode.proceed")}</SubmitButton>
      </form>
    </>
  );
}
