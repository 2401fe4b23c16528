"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useTranslations } from "use-intl";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { fail, type FormState } from "@/lib/result";
import { addPasskeyAction, passkeyOptionsAction } from "./actions";
import { ceremonyMessage } from "@/components/passkeys/ceremony-message";
import { ReauthLink } from "./reauth-link";
import { useWebAuthnSupport } from "@/components/passkeys/webauthn-support";

/** Names a new passkey, then lets the browser create it and hands the result to the server. */
export function AddPasskeyForm({ defaultName }: { defaultName: string }) {
  const t = useTranslations();
  const supported = useWebAuthnSupport();
  const form = useActionForm(async (_state: FormState, data: FormData): Promise<FormState> => {
    const typed = data.get("name");
    const name = typeof typed === "string" ? typed : "";
    const started = await passkeyOptionsAction(null, data);
    // A redirect (the session ended meanwhile) resolves to nothing: the page is already moving on.
    if (!started?.ok) return started ?? null;
    let response;
    try {
      response = await startRegistration({ optionsJSON: started.options });
    } catch (error) {
      return fail("ceremony_failed", ceremonyMessage(error, "add"), { values: { name } });
    }
    const finish = new FormData();
    finish.set("name", name);
    finish.set("response", JSON.stringify(response));
    return addPasskeyAction(null, finish);
  });

  if (supported === false) {
    return (
      <Alert kind="info" testId="no-webauthn">
        <p>{t("settings.passkeys.unsupported")}</p>
      </Alert>
    );
  }
  const added = form.state?.ok ? (form.state as { name?: string }).name : null;
  return (
    <>
      {added && (
        <Alert kind="success" live testId="passkey-added">
          <p>{t.rich("settings.passkeys.addedNamed", { name: added, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        </Alert>
      )}
      <form key={form.formKey} action={form.formAction} noValidate>
        <ErrorSummary {...form.summary} labels={{ name: "passkey-name" }} />
        <ReauthLink state={form.state} />
        <TextField
          id="passkey-name"
          name="name"
          label={t("settings.passkeys.nameLabel")}
          hint={t("settings.passkeys.nameHint")}
          defaultValue={form.value("name") ?? defaultName}
          maxLength={100}
          autoComplete="off"
          error={form.error("name")}
        />
        <SubmitButton>{t("settings.passkeys.add")}</SubmitButton>
      </form>
    </>
  );
}
