"use client";

import Link from "next/link";
import { useRef } from "react";
import { useTranslations } from "use-intl";
import { updateContactAction } from "./actions";
import { saveDrafts } from "@/components/session/kept-drafts";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ContactField } from "@/lib/account/contact-schema";
import { US_STATES } from "@/lib/account/us-states";

const STATE_OPTIONS = US_STATES.map((s) => ({ value: s.code, label: s.name }));
const VERIFY_HREF = `/settings/verify?next=${encodeURIComponent("/settings/contact")}`;

export function ContactForm({ initial, owner }: { initial: Record<ContactField, string>; owner: string }) {
  const t = useTranslations();
  const form = useActionForm(updateContactAction);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  const value = (field: ContactField) => form.value(field) ?? initial[field];
  const needsReauth = form.state && !form.state.ok && form.state.code === "reauth_required";

  return (
    <>
      {restored && !form.state && (
        <Alert kind="info" live testId="kept-draft">
          <p>{t("settings.contact.keptDraft")}</p>
        </Alert>
      )}
      {form.state?.ok && (
        <Alert kind="success" live testId="contact-saved">
          <p>{t("settings.contact.saved")}</p>
        </Alert>
      )}
      <form ref={formRef} key={form.formKey} action={form.formAction} noValidate data-keep-draft="contact">
        <ErrorSummary {...form.summary} />
        {needsReauth && (
          <p>
            {t.rich("settings.contact.reauth", {
              link: (chunks) => (
                <Link href={VERIFY_HREF} onClick={() => saveDrafts(owner)}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        <TextField
          name="fullName"
          label={t("settings.contact.fullName")}
          autoComplete="name"
          defaultValue={value("fullName")}
          error={form.error("fullName")}
        />
        <fieldset className="mb-6 max-w-prose">
          <legend className="mb-4 text-xl font-bold">{t("settings.contact.mailingAddress")}</legend>
          <TextField
            name="addressLine1"
            label={t("settings.contact.addressLine1")}
            autoComplete="address-line1"
            defaultValue={value("addressLine1")}
            error={form.error("addressLine1")}
          />
          <TextField
            name="addressLine2"
            label={t("settings.contact.addressLine2")}
            required={false}
            autoComplete="address-line2"
            defaultValue={value("addressLine2")}
            error={form.error("addressLine2")}
          />
          <TextField
            name="city"
            label={t("settings.contact.city")}
            autoComplete="address-level2"
            defaultValue={value("city")}
            error={form.error("city")}
          />
          <SelectField
            name="state"
            label={t("settings.contact.state")}
            options={STATE_OPTIONS}
            autoComplete="address-level1"
            defaultValue={value("state")}
            error={form.error("state")}
          />
          <TextField
            name="postalCode"
            label={t("settings.contact.postalCode")}
            hint={t("settings.contact.postalCodeHint")}
            inputMode="numeric"
            autoComplete="postal-code"
            className="max-w-40"
            defaultValue={value("postalCode")}
            error={form.error("postalCode")}
          />
        </fieldset>
        <TextField
          name="contactPhone"
          label={t("settings.contact.contactPhone")}
          hint={t("settings.contact.contactPhoneHint")}
          type="tel"
          autoComplete="tel-national"
          defaultValue={value("contactPhone")}
          error={form.error("contactPhone")}
        />
        <SubmitButton>{t("settings.contact.save")}</SubmitButton>
      </form>
    </>
  );
}
