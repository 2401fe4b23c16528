import { ClientMessages } from "@/components/i18n/client-messages";
import { UploadedDocumentsList } from "./uploaded-documents-list";

export type { UploadedDocument } from "./uploaded-documents-list";

/** The documents of a response, with their texts: the applicant's and the representative's pages pass their own action and download path. */
export function UploadedDocuments(props: React.ComponentProps<typeof UploadedDocumentsList>) {
  return (
    <ClientMessages namespaces={["evidence"]}>
      <UploadedDocumentsList {...props} />
    </ClientMessages>
  );
}
