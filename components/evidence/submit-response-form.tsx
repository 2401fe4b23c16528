import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormAction } from "@/lib/result";
import { SubmitResponseFormFields } from "./submit-response-form-fields";

/** Sending a response to a request for evidence, with its texts: the applicant's and the representative's pages pass their own action. */
export function SubmitResponseForm<T extends object>(props: { receiptNumber: string; requestId: string; action: FormAction<T> }) {
  return (
    <ClientMessages namespaces={["evidence"]}>
      <SubmitResponseFormFields {...props} />
    </ClientMessages>
  );
}
