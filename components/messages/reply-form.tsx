"use client";

import { useMemo } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/result";
import { MAX_BODY_LENGTH } from "@/lib/messages/message-rules";
import { AttachmentsField } from "./attachments-field";
import { checkBeforeSending } from "./check-before-sending";
import { TextAreaField } from "@/components/ui/text-area-field";

/** A reply in a thread, for the applicant or an officer (each page passes its own action). */
export function ReplyForm<T extends object>({
  threadId,
  action,
  label = "Your reply",
}: {
  threadId: string;
  action: FormAction<T>;
  label?: string;
}) {
  const send = useMemo(() => checkBeforeSending(action), [action]);
  const form = useActionForm(send);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-2xl" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      <ErrorSummary {...form.summary} />
      {form.state?.ok && (
        <Alert kind="success" live testId="reply-sent">
          <p>Your reply was sent. It is shown above.</p>
        </Alert>
      )}
      <input type="hidden" name="threadId" value={threadId} />
      <TextAreaField
        name="body"
        label={label}
        hint={`Up to ${MAX_BODY_LENGTH.toLocaleString("en-US")} characters, plain text.`}
        rows={6}
        defaultValue={form.value("body")}
        error={form.error("body")}
      />
      <AttachmentsField error={form.error("files")} />
      <SubmitButton>Send reply</SubmitButton>
    </form>
  );
}
