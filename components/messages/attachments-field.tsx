"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { describedBy, inputClass } from "@/components/ui/field-parts";
import { FieldShell } from "@/components/ui/field-shell";
import { resolveText } from "@/lib/i18n/message-ref";
import { ATTACHMENT_HINT } from "@/lib/messages/message-rules";

/**
 * Up to five files chosen at once; the rules are stated next to the field. `kept`: the files chosen
 * before a refused send, chosen again in this field. Needs the "secureMessages" texts.
 */
export function AttachmentsField({ error, kept = [] }: { error?: string; kept?: File[] }) {
  const t = useTranslations();
  const hint = resolveText(ATTACHMENT_HINT, t);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!input.current || kept.length === 0) return;
    const chosen = new DataTransfer();
    for (const file of kept) chosen.items.add(file);
    input.current.files = chosen.files;
  }, [kept]);
  return (
    <FieldShell id="files" label={t("secureMessages.attachments.label")} hint={hint} error={error}>
      <input
        ref={input}
        type="file"
        id="files"
        name="files"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("files", hint, error)}
        className={`${inputClass} file:mr-4 file:cursor-pointer file:border-0 file:bg-primary file:px-4 file:py-2 file:font-bold file:text-white`}
      />
    </FieldShell>
  );
}
