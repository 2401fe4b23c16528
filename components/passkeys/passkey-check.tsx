"use client";

import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "use-intl";
import { Alert } from "@/components/ui/alert";
import { resolveText } from "@/lib/i18n/message-ref";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { fail, type FormAction, type FormState } from "@/lib/result";
import { ceremonyMessage } from "./ceremony-message";
import { useWebAuthnSupport } from "./webauthn-support";

type OptionsAction = FormAction<{ options: PublicKeyCredentialRequestOptionsJSON }>;
type VerifyAction = FormAction;

/** "Use a passkey" for a second step; the verify action moves on (`next`) when the passkey checks out. */
export function PasskeyCheck({
  optionsAction,
  verifyAction,
  next,
}: {
  optionsAction: OptionsAction;
  verifyAction: VerifyAction;
  next?: string;
}) {
  const t = useTranslations();
  const supported = useWebAuthnSupport();
  const form = useActionForm(async (_state: FormState, data: FormData): Promise<FormState> => {
    const started = await optionsAction(null, data);
    // A redirect (the session ended meanwhile) resolves to nothing: the page is already moving on.
    if (!started?.ok) return started ?? null;
    let response;
    try {
      response = await startAuthentication({ optionsJSON: started.options });
    } catch (error) {
      return fail("ceremony_failed", ceremonyMessage(error, "use"));
    }
    const finish = new FormData();
    finish.set("response", JSON.stringify(response));
    if (next) finish.set("next", next);
    return (await verifyAction(null, finish)) ?? null;
  });

  return (
    <section aria-labelledby="passkey-heading" className="mb-8">
      <h2 id="passkey-heading">{t("signIn.passkey.heading")}</h2>
      {supported === false ? (
        <p className="max-w-prose">{t("signIn.passkey.unsupported")}</p>
      ) : (
        <form action={form.formAction}>
          {form.state && !form.state.ok && (
            <Alert kind="error" live testId="passkey-result">
              <p>{resolveText(form.state.message, t)}</p>
            </Alert>
          )}
          <p className="max-w-prose">{t("signIn.passkey.intro")}</p>
          <SubmitButton variant="outline">{t("signIn.passkey.submit")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
