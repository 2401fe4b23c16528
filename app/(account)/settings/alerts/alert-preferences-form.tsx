"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { saveAlertPreferencesAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldHint } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { AlertPreferences } from "@/lib/account/alert-preferences";

const CHECKED = "yes";

export function AlertPreferencesForm({ preferences }: { preferences: AlertPreferences }) {
  const t = useTranslations();
  const form = useActionForm(saveAlertPreferencesAction);
  const checked = (field: "byEmail" | "bySms", saved: boolean) => {
    const submitted = form.value(field);
    return submitted === undefined ? saved : submitted === CHECKED;
  };
  const canText = preferences.phone !== null;
  const textsReachNoOne = preferences.bySms && !canText;
  const nothingOn = !preferences.byEmail && !(preferences.bySms && canText);
  const link = (chunks: React.ReactNode) => <Link href="/settings/verification-methods">{chunks}</Link>;
  const smsHint = canText ? (
    <>{t("settings.alerts.smsTo", { phone: preferences.phone ?? "" })}</>
  ) : (
    <>{textsReachNoOne ? t.rich("settings.alerts.smsOnNoPhone", { link }) : t.rich("settings.alerts.smsNeedPhone", { link })}</>
  );

  return (
    <>
      {form.state?.ok && (
        <Alert kind="success" live testId="alerts-saved">
          <p>{t("settings.alerts.saved")}</p>
        </Alert>
      )}
      {nothingOn && (
        <Alert kind="warning" testId="alerts-all-off">
          <p>{t("settings.alerts.allOff")}</p>
        </Alert>
      )}
      <form key={form.formKey} action={form.formAction} noValidate>
        <ErrorSummary {...form.summary} />
        <fieldset className="mb-6 max-w-prose">
          <legend className="mb-4 text-xl font-bold">{t("settings.alerts.legend")}</legend>
          <Checkbox
            name="byEmail"
            value={CHECKED}
            label={t("settings.alerts.byEmail")}
            defaultChecked={checked("byEmail", preferences.byEmail)}
            error={form.error("byEmail")}
          />
          <div className="mb-6">
            <Checkbox
              name="bySms"
              value={CHECKED}
              label={t("settings.alerts.bySms")}
              disabled={!canText}
              defaultChecked={canText && checked("bySms", preferences.bySms)}
              error={form.error("bySms")}
              aria-describedby={describedBy("bySms", smsHint, form.error("bySms"))}
            />
            <div className="-mt-4 ml-9">
              <FieldHint id="bySms">{smsHint}</FieldHint>
            </div>
          </div>
        </fieldset>
        <SubmitButton>{t("settings.alerts.save")}</SubmitButton>
      </form>
    </>
  );
}
