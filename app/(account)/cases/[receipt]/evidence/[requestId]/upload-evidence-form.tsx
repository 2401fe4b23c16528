import { ClientMessages } from "@/components/i18n/client-messages";
import type { uploadEvidenceAction } from "./actions";
import { UploadEvidenceFormFields } from "./upload-evidence-form-fields";

/** The form with its texts (the representative's page uses it too, passing its own `action`). */
export function UploadEvidenceForm(props: { receiptNumber: string; requestId: string; action?: typeof uploadEvidenceAction }) {
  return (
    <ClientMessages namespaces={["evidence"]}>
      <UploadEvidenceFormFields {...props} />
    </ClientMessages>
  );
}
