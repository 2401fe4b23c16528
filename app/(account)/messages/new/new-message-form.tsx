"use client";

import { useMemo } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from "@/lib/messages/message-rules";
import { TextAreaField } from "@/components/ui/text-area-field";
import { AttachmentsField } from "@/components/messages/attachments-field";
import { checkBeforeSending } from "@/components/messages/check-before-sending";
import { startThreadAction } from "./actions";

/** `action`: the representative's page passes its own (same fields, its own session). */
export function NewMessageForm({
  cases,
  chosenCase,
  action = startThreadAction,
}: {
  cases: { receiptNumber: string; label: string }[];
  chosenCase?: string;
  action?: typeof startThreadAction;
}) {
  const send = useMemo(() => checkBeforeSending(action), [action]);
  const form = useActionForm(send);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-2xl">
      <ErrorSummary {...form.summary} />
      <SelectField
        name="receiptNumber"
        label="Which case is your message about?"
        options={cases.map((c) => ({ value: c.receiptNumber, label: c.label }))}
        placeholder="- Choose a case -"
        defaultValue={form.value("receiptNumber") ?? chosenCase ?? (cases.length === 1 ? cases[0].receiptNumber : "")}
        error={form.error("receiptNumber")}
      />
      <TextField
        name="subject"
        label="Subject"
        hint={`Up to ${MAX_SUBJECT_LENGTH} characters.`}
        defaultValue={form.value("subject")}
        error={form.error("subject")}
      />
      <TextAreaField
        name="body"
        label="Your message"
        hint={`Up to ${MAX_BODY_LENGTH.toLocaleString("en-US")} characters, plain text. Do not include passwords or codes.`}
        defaultValue={form.value("body")}
        error={form.error("body")}
      />
      <AttachmentsField error={form.error("files")} />
      <SubmitButton>Send message</SubmitButton>
    </form>
  );
}
