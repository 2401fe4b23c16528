"use client";

import Link from "next/link";
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
  const form = useActionForm(saveAlertPreferencesAction);
  const checked = (field: "byEmail" | "bySms", saved: boolean) => {
    const submitted = form.value(field);
    return submitted === undefined ? saved : submitted === CHECKED;
  };
  const canText = preferences.phone !== null;
  const textsReachNoOne = preferences.bySms && !canText;
  const nothingOn = !preferences.byEmail && !(preferences.bySms && canText);
  const smsHint = canText ? (
    <>We text {preferences.phone}, the mobile number of your text-message verification method.</>
  ) : (
    <>
      {textsReachNoOne
        ? "Text alerts are on, but you have no verified mobile number, so we cannot send them. "
        : "You need a verified mobile number for text alerts. "}
      <Link href="/settings/verification-methods">Add a mobile number under two-step verification methods</Link>, then come back here.
    </>
  );

  return (
    <>
      {form.state?.ok && (
        <Alert kind="success" live testId="alerts-saved">
          <p>Your alert choices were saved.</p>
        </Alert>
      )}
      {nothingOn && (
        <Alert kind="warning" testId="alerts-all-off">
          <p>
            Email and text alerts are both off. You will only see changes to your cases, such as a new status or a request for evidence,
            when you sign in. Check your account often so you do not miss a deadline.
          </p>
        </Alert>
      )}
      <form key={form.formKey} action={form.formAction} noValidate>
        <ErrorSummary {...form.summary} />
        <fieldset className="mb-6 max-w-prose">
          <legend className="mb-4 text-xl font-bold">When a case changes or the agency replies</legend>
          <Checkbox
            name="byEmail"
            value={CHECKED}
            label="Email me when a case changes"
            defaultChecked={checked("byEmail", preferences.byEmail)}
            error={form.error("byEmail")}
          />
          <div className="mb-6">
            <Checkbox
              name="bySms"
              value={CHECKED}
              label="Text me when a case changes"
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
        <SubmitButton>Save alert choices</SubmitButton>
      </form>
    </>
  );
}
