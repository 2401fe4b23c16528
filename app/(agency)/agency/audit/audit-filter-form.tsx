import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTIONS, describeAuditAction } from "@/lib/audit/audit-actions";
import { getReader } from "@/lib/i18n/request";

type Values = { actor: string; receipt: string; action: string; from: string; to: string };

/** The audit log's filters: a plain GET form, so a filtered page has its own address and its page links keep the filters. */
export async function AuditFilterForm({
  values,
  message,
  fieldErrors,
}: {
  values: Values;
  message?: string;
  fieldErrors?: Record<string, string>;
}) {
  const { t, text } = await getReader();
  const actionOptions = AUDIT_ACTIONS.map((action) => ({ value: action, label: text(describeAuditAction(action)) }));
  return (
    // A new key when the filters change, so the fields show what the address says (after "Clear filters", say).
    <Form
      key={JSON.stringify(values)}
      action="/agency/audit"
      role="search"
      aria-label={t("agency.audit.filterLabel")}
      noValidate
      className="mb-8"
    >
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <TextField
        name="actor"
        label={t("agency.audit.actor")}
        hint={t("agency.audit.actorHint")}
        required={false}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.actor}
        error={fieldErrors?.actor}
      />
      <TextField
        name="receipt"
        label={t("agency.audit.receipt")}
        hint={t("agency.audit.receiptHint")}
        required={false}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.receipt}
        error={fieldErrors?.receipt}
      />
      <SelectField
        name="action"
        label={t("agency.audit.action")}
        options={actionOptions}
        placeholder={t("agency.audit.anyAction")}
        required={false}
        aria-required={false}
        defaultValue={values.action}
        error={fieldErrors?.action}
      />
      <fieldset className="mb-6">
        <legend className="mb-2 font-bold">{t("agency.audit.dates")}</legend>
        <div className="flex flex-wrap gap-x-6">
          <TextField
            name="from"
            type="date"
            label={t("agency.audit.from")}
            required={false}
            defaultValue={values.from}
            error={fieldErrors?.from}
          />
          <TextField name="to" type="date" label={t("agency.audit.to")} required={false} defaultValue={values.to} error={fieldErrors?.to} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit">{t("agency.audit.show")}</Button>
        <Link href="/agency/audit">{t("agency.audit.clear")}</Link>
      </div>
    </Form>
  );
}
