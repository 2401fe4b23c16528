"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { KeptDraftNotice } from "@/components/session/kept-draft-notice";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { MAX_BODY_LENGTH } from "@/lib/messages/message-rules";
import type { FormAction } from "@/lib/result";
import { AttachmentsField } from "./attachments-field";
import { useSendKeepingFiles } from "./send-keeping-files";
import { useLocalizedActionForm } from "./localized-form";

export function ReplyFormFields<T extends object>({
  threadId,
  action,
  label,
  owner,
}: {
  threadId: string;
  action: FormAction<T>;
  label?: string;
  owner: string;
}) {
  const t = useTranslations();
  const { send, kept } = useSendKeepingFiles(action);
  const form = useLocalizedActionForm(send);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  return (
    <form
      ref={formRef}
      key={form.formKey}
      action={form.formAction}
      noValidate
      className="max-w-2xl"
      aria-labelledby="reply-heading"
      data-keep-draft="reply"
    >
      <h2 id="reply-heading">{t("secureMessages.reply.heading")}</h2>
      <KeptDraftNotice shown={restored && !form.state} />
      <ErrorSummary {...form.summary} />
      {form.state?.ok && (
        <Alert kind="success" live testId="reply-sent">
          <p>{t("secureMessages.reply.sent")}</p>
        </Alert>
      )}
      <input type="hidden" name="threadId" value={threadId} />
      <TextAreaField
        name="body"
        label={label ?? t("secureMessages.reply.label")}
        hint={t("secureMessages.reply.hint", { max: MAX_BODY_LENGTH })}
        rows={6}
        defaultValue={form.value("body")}
        error={form.error("body")}
      />
      <AttachmentsField error={form.error("files")} kept={kept} />
      <SubmitButton>{t("secureMessages.reply.send")}</SubmitButton>
    </form>
  );
}
