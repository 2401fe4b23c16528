import { ClientMessages } from "@/components/i18n/client-messages";
import { startThreadAction } from "./actions";
import { NewMessageFields } from "./new-message-fields";

/** `action`: the representative's page passes its own (same fields, its own session). Brings its texts along. */
export function NewMessageForm({
  cases,
  chosenCase,
  action = startThreadAction,
}: {
  cases: { receiptNumber: string; label: string }[];
  chosenCase?: string;
  action?: typeof startThreadAction;
}) {
  return (
    <ClientMessages namespaces={["secureMessages"]}>
      <NewMessageFields cases={cases} chosenCase={chosenCase} action={action} />
    </ClientMessages>
  );
}
