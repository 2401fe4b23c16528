"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { saveProfileAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError, FieldHint, fieldWrapperClass, inputClass } from "@/components/ui/field-parts";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { US_STATES } from "@/lib/account/us-states";
import { barField, EXPIRY_FIELD, MAX_BAR_ADMISSIONS, type RepresentativeKind } from "@/lib/representation/profile-fields";

const STATE_OPTIONS = US_STATES.map((s) => ({ value: s.code, label: s.name }));

const KINDS: { value: RepresentativeKind; labelKey: string; hintKey: string }[] = [
  { value: "ATTORNEY", labelKey: "representative.profile.kinds.attorney", hintKey: "representative.profile.kinds.attorneyHint" },
  {
    value: "ACCREDITED_REPRESENTATIVE",
    labelKey: "representative.profile.kinds.accredited",
    hintKey: "representative.profile.kinds.accreditedHint",
  },
];

// The error summary links each field to its first input where the field is a group.
const SUMMARY_TARGETS: Record<string, string> = { kind: "kind-ATTORNEY", [EXPIRY_FIELD]: `${EXPIRY_FIELD}-day` };

type Values = (field: string) => string;

export function ProfileForm({ initial, firstTime }: { initial: Record<string, string>; firstTime: boolean }) {
  const t = useTranslations();
  const form = useActionForm(saveProfileAction);
  const failed = !!form.state && !form.state.ok;
  // After a refusal, what was sent (an unticked box sends nothing); otherwise what is saved.
  const value: Values = (field) => (failed ? (form.value(field) ?? "") : (initial[field] ?? ""));
  const saved = form.state?.ok ? form.state : null;
  return (
    <>
      {saved && (
        <Alert kind="success" live testId="profile-saved">
          <p>{t("representative.profile.saved")}</p>
          {saved.verificationCleared && <p>{t("representative.profile.verificationCleared")}</p>}
        </Alert>
      )}
      <form key={form.formKey} action={form.formAction} noValidate>
        <ErrorSummary {...form.summary} labels={summaryLabels(form.summary.fieldErrors)} />
        <ProfileFields value={value} error={form.error} />
        <SubmitButton>{t(firstTime ? "representative.profile.saveAndContinue" : "representative.profile.save")}</SubmitButton>
      </form>
    </>
  );
}

function summaryLabels(errors: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.keys(errors ?? {}).map((field) => [field, SUMMARY_TARGETS[field] ?? field]));
}

function ProfileFields({ value, error }: { value: Values; error: (field: string) => string | undefined }) {
  const t = useTranslations();
  const [kind, setKind] = useState(value("kind"));
  const kindError = error("kind");
  return (
    <>
      <fieldset className={fieldWrapperClass(kindError)} aria-describedby={kindError ? "kind-error" : undefined}>
        <legend className="mb-2 font-bold">{t("representative.profile.kindLegend")}</legend>
        <FieldError id="kind" error={kindError} />
        {KINDS.map((option) => (
          <div key={option.value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              id={`kind-${option.value}`}
              name="kind"
              value={option.value}
              defaultChecked={value("kind") === option.value}
              onChange={() => setKind(option.value)}
              aria-describedby={`kind-${option.value}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-primary"
            />
            <div>
              <label htmlFor={`kind-${option.value}`} className="font-bold">
                {t(option.labelKey)}
              </label>
              <p id={`kind-${option.value}-hint`} className="mb-0 text-muted">
                {t(option.hintKey)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <TextField
        name="fullName"
        label={t("representative.profile.fields.fullName")}
        autoComplete="name"
        defaultValue={value("fullName")}
        error={error("fullName")}
      />
      <TextField
        name="organization"
        label={t("representative.profile.fields.organization")}
        hint={t("representative.profile.fields.organizationHint")}
        autoComplete="organization"
        defaultValue={value("organization")}
        error={error("organization")}
      />
      <fieldset className="mb-6 max-w-prose">
        <legend className="mb-4 text-xl font-bold">{t("representative.profile.fields.officeAddress")}</legend>
        <TextField
          name="addressLine1"
          label={t("representative.profile.fields.addressLine1")}
          autoComplete="address-line1"
          defaultValue={value("addressLine1")}
          error={error("addressLine1")}
        />
        <TextField
          name="addressLine2"
          label={t("representative.profile.fields.addressLine2")}
          required={false}
          autoComplete="address-line2"
          defaultValue={value("addressLine2")}
          error={error("addressLine2")}
        />
        <TextField
          name="city"
          label={t("representative.profile.fields.city")}
          autoComplete="address-level2"
          defaultValue={value("city")}
          error={error("city")}
        />
        <SelectField
          name="state"
          label={t("representative.profile.fields.state")}
          options={STATE_OPTIONS}
          autoComplete="address-level1"
          defaultValue={value("state")}
          error={error("state")}
        />
        <TextField
          name="postalCode"
          label={t("representative.profile.fields.postalCode")}
          hint={t("representative.profile.fields.postalCodeHint")}
          inputMode="numeric"
          autoComplete="postal-code"
          className="max-w-40"
          defaultValue={value("postalCode")}
          error={error("postalCode")}
        />
      </fieldset>
      <TextField
        name="phone"
        label={t("representative.profile.fields.phone")}
        hint={t("representative.profile.fields.phoneHint")}
        type="tel"
        autoComplete="tel-national"
        defaultValue={value("phone")}
        error={error("phone")}
      />
      {kind === "ATTORNEY" && <BarAdmissions value={value} error={error} />}
      {kind === "ACCREDITED_REPRESENTATIVE" && <Accreditation value={value} error={error} />}
    </>
  );
}

type Row = { key: number; jurisdiction: string; barNumber: string; goodStanding: boolean };

function BarAdmissions({ value, error }: { value: Values; error: (field: string) => string | undefined }) {
  const t = useTranslations();
  const [rows, setRows] = useState<Row[]>(() => {
    const filled: Row[] = [];
    for (let row = 1; row <= MAX_BAR_ADMISSIONS; row++) {
      const jurisdiction = value(barField("Jurisdiction", row));
      const barNumber = value(barField("Number", row));
      const goodStanding = value(barField("GoodStanding", row)) === "yes";
      if (row === 1 || jurisdiction || barNumber || goodStanding) filled.push({ key: row, jurisdiction, barNumber, goodStanding });
    }
    return filled;
  });
  const nextKey = useRef(MAX_BAR_ADMISSIONS + 1);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(barField("Jurisdiction", focusRow.current))?.focus();
    focusRow.current = null;
  }, [rows]);
  const add = () => {
    focusRow.current = rows.length + 1;
    setRows([...rows, { key: nextKey.current++, jurisdiction: "", barNumber: "", goodStanding: false }]);
  };
  const remove = (index: number) => {
    focusRow.current = index;
    setRows(rows.filter((_, i) => i !== index));
  };
  return (
    <section aria-labelledby="bar-admissions-heading" className="mb-6 max-w-prose">
      <h2 id="bar-admissions-heading">{t("representative.profile.bar.heading")}</h2>
      <p className="text-muted">{t("representative.profile.bar.intro")}</p>
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <fieldset key={row.key} className="mb-6 border-l-4 border-line pl-4" data-testid={`bar-admission-${n}`}>
            <legend className="mb-2 text-lg font-bold">{t("representative.profile.bar.legend", { n })}</legend>
            <TextField
              name={barField("Jurisdiction", n)}
              label={t("representative.profile.bar.jurisdiction")}
              hint={t("representative.profile.bar.jurisdictionHint")}
              defaultValue={row.jurisdiction}
              error={error(barField("Jurisdiction", n))}
            />
            <TextField
              name={barField("Number", n)}
              label={t("representative.profile.bar.number")}
              spellCheck={false}
              autoCapitalize="characters"
              className="max-w-60"
              defaultValue={row.barNumber}
              error={error(barField("Number", n))}
            />
            <Checkbox
              name={barField("GoodStanding", n)}
              value="yes"
              label={t("representative.profile.bar.goodStanding")}
              defaultChecked={row.goodStanding}
              error={error(barField("GoodStanding", n))}
            />
            {n > 1 && (
              <Button type="button" variant="outline" onClick={() => remove(index)}>
                {t("representative.profile.bar.remove", { n })}
              </Button>
            )}
          </fieldset>
        );
      })}
      {rows.length < MAX_BAR_ADMISSIONS && (
        <Button type="button" variant="outline" onClick={add}>
          {t("representative.profile.bar.add")}
        </Button>
      )}
    </section>
  );
}

function Accreditation({ value, error }: { value: Values; error: (field: string) => string | undefined }) {
  const t = useTranslations();
  const expiryError = error(EXPIRY_FIELD);
  const hint = t("representative.profile.accreditation.expiryHint");
  const part = (name: "day" | "month" | "year", label: string, boxClass: string) => (
    <div>
      <label htmlFor={`${EXPIRY_FIELD}-${name}`} className="mb-1 block">
        {label}
      </label>
      <input
        id={`${EXPIRY_FIELD}-${name}`}
        name={`${EXPIRY_FIELD}-${name}`}
        type="text"
        inputMode="numeric"
        maxLength={name === "year" ? 4 : 2}
        defaultValue={value(`${EXPIRY_FIELD}-${name}`)}
        aria-invalid={expiryError ? true : undefined}
        className={`${inputClass} ${boxClass}`}
      />
    </div>
  );
  return (
    <section aria-labelledby="accreditation-heading" className="mb-6 max-w-prose">
      <h2 id="accreditation-heading">{t("representative.profile.accreditation.heading")}</h2>
      <TextField
        name="recognitionNumber"
        label={t("representative.profile.accreditation.recognitionNumber")}
        hint={t("representative.profile.accreditation.recognitionNumberHint")}
        spellCheck={false}
        autoCapitalize="characters"
        className="max-w-60"
        defaultValue={value("recognitionNumber")}
        error={error("recognitionNumber")}
      />
      <div className={fieldWrapperClass(expiryError)}>
        <fieldset role="group" aria-describedby={describedBy(EXPIRY_FIELD, hint, expiryError)}>
          <legend className="mb-1 font-bold">{t("representative.profile.accreditation.expiry")}</legend>
          <FieldHint id={EXPIRY_FIELD}>{hint}</FieldHint>
          <FieldError id={EXPIRY_FIELD} error={expiryError} />
          <div className="flex gap-4">
            {part("day", t("representative.profile.accreditation.day"), "w-16")}
            {part("month", t("representative.profile.accreditation.month"), "w-16")}
            {part("year", t("representative.profile.accreditation.year"), "w-24")}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
