import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormAction } from "@/lib/result";
import { NewMessageFields } from "./new-message-fields";

/** A new message about a case, with its texts: the applicant's and the representative's pages pass their own action. */
export function NewMessageForm<T extends object>({
  cases,
  chosenCase,
  action,
  owner,
}: {
  cases: { receiptNumber: string; label: string }[];
  chosenCase?: string;
  action: FormAction<T>;
  /** The signed-in user: a draft kept at an idle sign-out is put back only for them. */
  owner: string;
}) {
  return (
    <ClientMessages namespaces={["secureMessages"]}>
      <NewMessageFields cases={cases} chosenCase={chosenCase} action={action} owner={owner} />
    </ClientMessages>
  );
}
