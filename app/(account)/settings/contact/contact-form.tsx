"use client";

import Link from "next/link";
import { useRef } from "react";
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
  const form = useActionForm(updateContactAction);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  const value = (field: ContactField) => form.value(field) ?? initial[field];
  const needsReauth = form.state && !form.state.ok && form.state.code === "reauth_required";

  return (
    <>
      {restored && !form.state && (
        <Alert kind="info" live testId="kept-draft">
          <p>We kept what you had entered before you were signed out. Check it, then select Save contact information.</p>
        </Alert>
      )}
      {form.state?.ok && (
        <Alert kind="success" live testId="contact-saved">
          <p>Your contact information was saved. We emailed you a notice about the change.</p>
        </Alert>
      )}
      <form ref={formRef} key={form.formKey} action={form.formAction} noValidate data-keep-draft="contact">
        <ErrorSummary {...form.summary} />
        {needsReauth && (
          <p>
            <Link href={VERIFY_HREF} onClick={() => saveDrafts(owner)}>
              Confirm it&apos;s you
            </Link>
            , then save again. We will keep what you entered.
          </p>
        )}
        <TextField name="fullName" label="Full name" autoComplete="name" defaultValue={value("fullName")} error={form.error("fullName")} />
        <fieldset className="mb-6 max-w-prose">
          <legend className="mb-4 text-xl font-bold">Mailing address</legend>
          <TextField
            name="addressLine1"
            label="Street address"
            autoComplete="address-line1"
            defaultValue={value("addressLine1")}
            error={form.error("addressLine1")}
          />
          <TextField
            name="addressLine2"
            label="Apartment, suite or unit (optional)"
            required={false}
            autoComplete="address-line2"
            defaultValue={value("addressLine2")}
            error={form.error("addressLine2")}
          />
          <TextField
            name="city"
            label="City or town"
            autoComplete="address-level2"
            defaultValue={value("city")}
            error={form.error("city")}
          />
          <SelectField
            name="state"
            label="State or territory"
            options={STATE_OPTIONS}
            autoComplete="address-level1"
            defaultValue={value("state")}
            error={form.error("state")}
          />
          <TextField
            name="postalCode"
            label="ZIP code"
            hint="5 digits, or 9 digits like 20500-0003."
            inputMode="numeric"
            autoComplete="postal-code"
            className="max-w-40"
            defaultValue={value("postalCode")}
            error={form.error("postalCode")}
          />
        </fieldset>
        <TextField
          name="contactPhone"
          label="Daytime phone number"
          hint="A U.S. number, like (202) 555-0143."
          type="tel"
          autoComplete="tel-national"
          defaultValue={value("contactPhone")}
          error={form.error("contactPhone")}
        />
        <SubmitButton>Save contact information</SubmitButton>
      </form>
    </>
  );
}
