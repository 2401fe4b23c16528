"use client";

import { useTranslations } from "use-intl";
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
}: {
  threadId: string;
  action: FormAction<T>;
  label?: string;
}) {
  const t = useTranslations();
  const { send, kept } = useSendKeepingFiles(action);
  const form = useLocalizedActionForm(send);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-2xl" aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t("secureMessages.reply.heading")}</h2>
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
