"use client";

import { useTranslations } from "use-intl";
import { claimInvitationAction, continueToAccountAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ClaimInvitationForm({ token }: { token: string }) {
  const t = useTranslations();
  const form = useActionForm(claimInvitationAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("invitation.review")}</SubmitButton>
    </form>
  );
}

export function ContinueToAccountForms({ token }: { token: string }) {
  const t = useTranslations();
  const form = useActionForm(continueToAccountAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton name="to" value="sign-in">
          {t("invitation.signIn")}
        </SubmitButton>
        <SubmitButton name="to" value="sign-up" variant="outline">
          {t("invitation.createAccount")}
        </SubmitButton>
      </div>
    </form>
  );
}
