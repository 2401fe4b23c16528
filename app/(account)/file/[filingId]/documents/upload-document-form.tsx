"use client";

import { useTranslations } from "use-intl";
import { uploadDocumentAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, inputClass } from "@/components/ui/field-parts";
import { FieldShell } from "@/components/ui/field-shell";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { isChosenFile } from "@/lib/actions/form-fields";
import { sizeProblem, UPLOAD_MESSAGES } from "@/lib/evidence/upload-rules";
import { invalid, type FormState } from "@/lib/result";

type Uploaded = { documentId: string; name: string };

// A missing, empty or oversized file is refused here without sending it (a request over the
// server's size limit could not be answered with a message); the server checks it all again.
async function uploadUnlessTooLarge(state: FormState<Uploaded>, data: FormData): Promise<FormState<Uploaded>> {
  const file = data.get("file");
  const problem = isChosenFile(file) ? sizeProblem(file) : UPLOAD_MESSAGES.missing;
  if (problem) return invalid({ file: problem });
  return uploadDocumentAction(state, data);
}

/** The upload field of one document the form asks for. */
export function UploadDocumentForm({ filingId, kind, label }: { filingId: string; kind: string; label: string }) {
  const t = useTranslations();
  const hint = t("filing.documents.fileHint");
  const form = useActionForm(uploadUnlessTooLarge);
  const uploaded = form.state?.ok ? form.state.name : null;
  const id = `file-${kind}`;
  const error = form.error("file");
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="mb-4">
      <ErrorSummary {...form.summary} labels={{ file: id }} headingId={`${id}-summary`} />
      {uploaded && (
        <Alert kind="success" live testId="uploaded">
          <p>{t("filing.documents.uploaded", { name: uploaded })}</p>
        </Alert>
      )}
      <input type="hidden" name="filingId" value={filingId} />
      <input type="hidden" name="kind" value={kind} />
      <FieldShell id={id} label={t("filing.documents.uploadFor", { label })} hint={hint} error={error}>
        <input
          type="file"
          id={id}
          name="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`${inputClass} file:mr-4 file:cursor-pointer file:border-0 file:bg-primary file:px-4 file:py-2 file:font-bold file:text-white`}
        />
      </FieldShell>
      <SubmitButton variant="outline">
        {t("filing.documents.upload")}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
    </form>
  );
}
