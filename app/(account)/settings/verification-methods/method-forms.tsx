"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { cancelAddingMethodAction, confirmNewMethodAction, removeMethodAction, startAddingMethodAction } from "./actions";
import { ConfirmRemoval } from "@/components/ui/confirm-removal";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Kind = "EMAIL" | "SMS" | "TOTP";

export function AddMethodForm({ existing, smsAvailable }: { existing: Kind[]; smsAvailable: boolean }) {
  const t = useTranslations();
  const form = useActionForm(startAddingMethodAction);
  const options: { value: Kind; label: string; hint: string }[] = [
    { value: "TOTP", label: t("settings.methods.options.totp"), hint: t("settings.methods.options.totpHint") },
    { value: "EMAIL", label: t("settings.methods.options.email"), hint: t("settings.methods.options.emailHint") },
    {
      value: "SMS",
      label: existing.includes("SMS") ? t("settings.methods.options.newSms") : t("settings.methods.options.sms"),
      hint: t("settings.methods.options.smsHint"),
    },
  ];
  const available = options.filter((o) => (o.value === "SMS" ? smsAvailable : !existing.includes(o.value)));
  const [kind, setKind] = useState(form.value("kind") ?? "");
  const error = form.error("kind");
  if (available.length === 0) return <p>{t("settings.methods.allUsed")}</p>;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} labels={{ kind: `kind-${available[0].value}` }} />
      <fieldset className={fieldWrapperClass(error)} aria-describedby={error ? "kind-error" : undefined}>
        <legend className="mb-2 font-bold">{t("settings.methods.legend")}</legend>
        <FieldError id="kind" error={error} />
        {available.map((o) => (
          <div key={o.value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              id={`kind-${o.value}`}
              name="kind"
              value={o.value}
              defaultChecked={kind === o.value}
              onChange={() => setKind(o.value)}
              aria-describedby={`kind-${o.value}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-primary"
            />
            <div>
              <label htmlFor={`kind-${o.value}`} className="font-bold">
                {o.label}
              </label>
              <p id={`kind-${o.value}-hint`} className="mb-0 text-muted">
                {o.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {kind === "SMS" && (
        <TextField
          name="phone"
          label={t("settings.methods.phone")}
          hint={t("settings.methods.phoneHint")}
          type="tel"
          autoComplete="tel-national"
          inputMode="tel"
          maxLength={40}
          defaultValue={form.value("phone")}
          error={form.error("phone")}
        />
      )}
      <SubmitButton>{t("settings.methods.continue")}</SubmitButton>
    </form>
  );
}

export function NewMethodCodeForm({ isApp }: { isApp: boolean }) {
  const t = useTranslations();
  const form = useActionForm(confirmNewMethodAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="code"
        label={t("settings.methods.code")}
        hint={isApp ? t("settings.methods.codeHintApp") : t("settings.methods.codeHint")}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={32}
        className="max-w-48 font-mono tracking-widest"
        error={form.error("code")}
      />
      <SubmitButton>{t("settings.methods.verify")}</SubmitButton>
    </form>
  );
}

export function CancelAddingForm() {
  const t = useTranslations();
  return (
    <form action={cancelAddingMethodAction} className="mt-4">
      <SubmitButton variant="link">{t("settings.methods.cancelAdding")}</SubmitButton>
    </form>
  );
}

/** Remove, with a second press to confirm so a slip of the finger changes nothing. */
export function RemoveMethodForm({ methodId, name }: { methodId: string; name: string }) {
  const t = useTranslations();
  return (
    <ConfirmRemoval
      action={removeMethodAction}
      fields={{ methodId }}
      remove={t("settings.methods.remove")}
      removeLabel={t("settings.methods.removeLabel", { name })}
      question={t("settings.methods.removeQuestion", { name })}
      confirm={t("settings.methods.removeConfirm")}
      keep={t("settings.methods.keep")}
    />
  );
}
