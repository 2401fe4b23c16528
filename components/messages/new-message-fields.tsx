"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { AttachmentsField } from "@/components/messages/attachments-field";
import { useSendKeepingFiles } from "@/components/messages/send-keeping-files";
import { useLocalizedActionForm } from "@/components/messages/localized-form";
import { KeptDraftNotice } from "@/components/session/kept-draft-notice";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from "@/lib/messages/message-rules";
import type { FormAction } from "@/lib/result";

export function NewMessageFields<T extends object>({
  cases,
  chosenCase,
  action,
  owner,
}: {
  cases: { receiptNumber: string; label: string }[];
  chosenCase?: string;
  action: FormAction<T>;
  owner: string;
}) {
  const t = useTranslations();
  const { send, kept } = useSendKeepingFiles(action);
  const form = useLocalizedActionForm(send);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  return (
    <form ref={formRef} key={form.formKey} action={form.formAction} noValidate className="max-w-2xl" data-keep-draft="new-message">
      <KeptDraftNotice shown={restored && !form.state} />
      <ErrorSummary {...form.summary} />
      <SelectField
        name="receiptNumber"
        label={t("secureMessages.new.caseLabel")}
        options={cases.map((c) => ({ value: c.receiptNumber, label: c.label }))}
        placeholder={t("secureMessages.new.casePlaceholder")}
        defaultValue={form.value("receiptNumber") ?? chosenCase ?? (cases.length === 1 ? cases[0].receiptNumber : "")}
        error={form.error("receiptNumber")}
      />
      <TextField
        name="subject"
        label={t("secureMessages.new.subject")}
        hint={t("secureMessages.new.subjectHint", { max: MAX_SUBJECT_LENGTH })}
        defaultValue={form.value("subject")}
        error={form.error("subject")}
      />
      <TextAreaField
        name="body"
        label={t("secureMessages.new.body")}
        hint={t("secureMessages.new.bodyHint", { max: MAX_BODY_LENGTH })}
        defaultValue={form.value("body")}
        error={form.error("body")}
      />
      <AttachmentsField error={form.error("files")} kept={kept} />
      <SubmitButton>{t("secureMessages.new.send")}</SubmitButton>
    </form>
  );
}
