"use client";

import { useMemo } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, inputClass } from "@/components/ui/field-parts";
import { FieldShell } from "@/components/ui/field-shell";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { isChosenFile } from "@/lib/actions/form-fields";
import { sizeProblem, UPLOAD_MESSAGES } from "@/lib/evidence/upload-rules";
import { resolveText } from "@/lib/i18n/message-ref";
import { invalid, type FormAction, type FormState } from "@/lib/result";
import { useTranslations } from "use-intl";

export type Uploaded = { documentId: string; name: string };

// No file, an empty one or one over the limit is refused here without sending anything (a request
// over the server's size limit could not be answered with a message); the server checks it all again.
function uploadUnlessTooLarge(upload: FormAction<Uploaded>, text: (problem: string) => string) {
  return async (state: FormState<Uploaded>, data: FormData): Promise<FormState<Uploaded>> => {
    const file = data.get("file");
    const problem = isChosenFile(file) ? sizeProblem(file) : UPLOAD_MESSAGES.missing;
    if (problem) return invalid({ file: text(problem) });
    return upload(state, data);
  };
}

export function UploadEvidenceFormFields({
  receiptNumber,
  requestId,
  action,
}: {
  receiptNumber: string;
  requestId: string;
  action: FormAction<Uploaded>;
}) {
  const t = useTranslations();
  const send = useMemo(() => uploadUnlessTooLarge(action, (problem) => resolveText(problem, t)), [action, t]);
  const hint = t("evidence.upload.hint");
  const form = useActionForm(send);
  const uploaded = form.state?.ok ? form.state.name : null;
  const error = form.error("file");
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="mb-10">
      <ErrorSummary {...form.summary} />
      {uploaded && (
        <Alert kind="success" live testId="uploaded">
          <p>{t("evidence.upload.uploaded", { name: uploaded })}</p>
        </Alert>
      )}
      <input type="hidden" name="receiptNumber" value={receiptNumber} />
      <input type="hidden" name="requestId" value={requestId} />
      <FieldShell id="file" label={t("evidence.upload.label")} hint={hint} error={error}>
        <input
          type="file"
          id="file"
          name="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("file", hint, error)}
          className={`${inputClass} file:mr-4 file:cursor-pointer file:border-0 file:bg-primary file:px-4 file:py-2 file:font-bold file:text-white`}
        />
      </FieldShell>
      <SubmitButton variant="outline">{t("evidence.upload.submit")}</SubmitButton>
    </form>
  );
}
