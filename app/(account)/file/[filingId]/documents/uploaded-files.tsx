"use client";

import { useTranslations } from "use-intl";
import { removeDocumentAction } from "./actions";
import { RemovedNotice } from "@/components/ui/removed-notice";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export type UploadedFile = { id: string; name: string; kind: string; size: string };

/**
 * The files uploaded for one document, each with Remove until the form is submitted. After a
 * removal the row is gone, so focus moves to the message saying which file was removed.
 */
export function UploadedFiles({
  filingId,
  kind,
  files,
  removable,
}: {
  filingId: string;
  kind: string;
  files: UploadedFile[];
  removable: boolean;
}) {
  const t = useTranslations();
  const remove = useActionForm(removeDocumentAction);
  const removed = remove.state?.ok ? remove.state.name : null;
  return (
    <>
      <ErrorSummary message={remove.summary.message} headingId={`remove-${kind}-error`} />
      {removed && (
        <RemovedNotice after={remove.state}>
          <p>{t("filing.documents.removed", { name: removed })}</p>
        </RemovedNotice>
      )}
      {files.length === 0 ? (
        <p data-testid="not-uploaded">{t("filing.documents.notUploadedYet")}</p>
      ) : (
        <ul className="mb-4 list-none p-0" data-testid="uploaded-files">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-4 border-b border-line py-2">
              <span>
                <strong className="break-all">{file.name}</strong>{" "}
                <span className="text-muted">
                  {file.kind}, {file.size}
                </span>
              </span>
              {removable && (
                <form action={remove.formAction}>
                  <input type="hidden" name="filingId" value={filingId} />
                  <input type="hidden" name="documentId" value={file.id} />
                  <SubmitButton variant="link">
                    {t("filing.documents.remove")}
                    <span className="sr-only"> {file.name}</span>
                  </SubmitButton>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
