import { ClientMessages } from "@/components/i18n/client-messages";
import { UploadedDocumentsList } from "./uploaded-documents-list";

export type { UploadedDocument } from "./uploaded-documents-list";

/** The list with its texts (the representative's page uses it too, with its own action and download path). */
export function UploadedDocuments(props: React.ComponentProps<typeof UploadedDocumentsList>) {
  return (
    <ClientMessages namespaces={["evidence"]}>
      <UploadedDocumentsList {...props} />
    </ClientMessages>
  );
}
