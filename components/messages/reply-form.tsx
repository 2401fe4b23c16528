import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormAction } from "@/lib/result";
import { ReplyFormFields } from "./reply-form-fields";

/** A reply in a thread, for the applicant, a representative or an officer (each page passes its own action), with its texts. */
export function ReplyForm<T extends object>({
  threadId,
  action,
  label,
  owner,
}: {
  threadId: string;
  action: FormAction<T>;
  label?: string;
  /** The signed-in user: a draft kept at an idle sign-out is put back only for them. */
  owner: string;
}) {
  return (
    <ClientMessages namespaces={["secureMessages"]}>
      <ReplyFormFields threadId={threadId} action={action} label={label} owner={owner} />
    </ClientMessages>
  );
}
