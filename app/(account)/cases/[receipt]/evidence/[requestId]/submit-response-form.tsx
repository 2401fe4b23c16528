import { ClientMessages } from "@/components/i18n/client-messages";
import type { submitResponseAction } from "./actions";
import { SubmitResponseFormFields } from "./submit-response-form-fields";

/** The form with its texts (the representative's page uses it too, passing its own `action`). */
export function SubmitResponseForm(props: { receiptNumber: string; requestId: string; action?: typeof submitResponseAction }) {
  return (
    <ClientMessages namespaces={["evidence"]}>
      <SubmitResponseFormFields {...props} />
    </ClientMessages>
  );
}
