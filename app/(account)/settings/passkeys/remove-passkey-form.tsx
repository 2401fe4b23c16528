"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { removePasskeyAction } from "./actions";
import { ReauthLink } from "./reauth-link";

/** The confirmation step before a passkey is removed. */
export function RemovePasskeyForm({ passkeyId, name }: { passkeyId: string; name: string }) {
  const t = useTranslations();
  const form = useActionForm(removePasskeyAction);
  return (
    <section aria-labelledby="confirm-remove-heading" className="mb-8 max-w-prose border-l-8 border-warning bg-warning-light px-5 py-4">
      <h2 id="confirm-remove-heading" className="mt-0">
        {t("settings.passkeys.removeHeading", { name })}
      </h2>
      <p>{t("settings.passkeys.removeWarning")}</p>
      <ErrorSummary {...form.summary} />
      <ReauthLink state={form.state} />
      <form key={form.formKey} action={form.formAction} className="flex flex-wrap items-center gap-6">
        <input type="hidden" name="passkeyId" value={passkeyId} />
        <SubmitButton>{t("settings.passkeys.removeConfirm")}</SubmitButton>
        <Link href="/settings/passkeys">{t("settings.passkeys.cancel")}</Link>
      </form>
    </section>
  );
}
