import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormAction } from "@/lib/result";
import { UploadEvidenceFormFields, type Uploaded } from "./upload-evidence-form-fields";

/** Adding a document to a response, with its texts: the applicant's and the representative's pages pass their own action. */
export function UploadEvidenceForm(props: { receiptNumber: string; requestId: string; action: FormAction<Uploaded> }) {
  return (
    <ClientMessages namespaces={["evidence"]}>
      <UploadEvidenceFormFields {...props} />
    </ClientMessages>
  );
}
