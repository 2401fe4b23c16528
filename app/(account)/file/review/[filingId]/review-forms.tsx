"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { declineReviewAction, requestChangesAction, signReviewAction } from "./actions";
import { KeptDraftNotice } from "@/components/session/kept-draft-notice";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignReviewForm({
  filingId,
  version,
  certification,
  consent,
  signerName,
}: {
  filingId: string;
  version: string;
  certification: string;
  consent: string;
  signerName: string;
}) {
  const t = useTranslations();
  const form = useActionForm(signReviewAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} headingId="sign-error" />
      <input type="hidden" name="filingId" value={filingId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        name="fullName"
        label={t("clientReview.sign.fullName")}
        hint={t("clientReview.sign.fullNameHint", { name: signerName })}
        autoComplete="name"
        maxLength={200}
        defaultValue={form.value("fullName")}
        error={form.error("fullName")}
      />
      <Checkbox
        name="certify"
        value="yes"
        label={certification}
        defaultChecked={form.value("certify") === "yes"}
        error={form.error("certify")}
      />
      <Checkbox name="consent" value="yes" label={consent} defaultChecked={form.value("consent") === "yes"} error={form.error("consent")} />
      <SubmitButton>{t("clientReview.sign.submit")}</SubmitButton>
    </form>
  );
}

export function RequestChangesForm({ filingId, owner }: { filingId: string; owner: string }) {
  const t = useTranslations();
  const form = useActionForm(requestChangesAction);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  return (
    <form ref={formRef} key={form.formKey} action={form.formAction} noValidate data-keep-draft="changes">
      <KeptDraftNotice shown={restored && !form.state} />
      <ErrorSummary {...form.summary} headingId="changes-error" />
      <input type="hidden" name="filingId" value={filingId} />
      <TextAreaField
        name="note"
        id="changes-note"
        label={t("clientReview.changes.note")}
        hint={t("clientReview.changes.noteHint")}
        maxLength={2000}
        rows={4}
        defaultValue={form.value("note")}
        error={form.error("note")}
      />
      <SubmitButton variant="outline">{t("clientReview.changes.submit")}</SubmitButton>
    </form>
  );
}

export function DeclineReviewForm({ filingId, owner }: { filingId: string; owner: string }) {
  const t = useTranslations();
  const form = useActionForm(declineReviewAction);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  return (
    <form ref={formRef} key={form.formKey} action={form.formAction} noValidate data-keep-draft="decline">
      <KeptDraftNotice shown={restored && !form.state} />
      <ErrorSummary {...form.summary} headingId="decline-error" />
      <input type="hidden" name="filingId" value={filingId} />
      <TextAreaField
        name="note"
        id="decline-note"
        label={t("clientReview.decline.note")}
        required={false}
        aria-required={false}
        maxLength={2000}
        rows={3}
        defaultValue={form.value("note")}
        error={form.error("note")}
      />
      <SubmitButton variant="outline">{t("clientReview.decline.submit")}</SubmitButton>
    </form>
  );
}
