import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTIONS, describeAuditAction } from "@/lib/audit/audit-actions";

type Values = { actor: string; receipt: string; action: string; from: string; to: string };

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: describeAuditAction(action) }));

/** The audit log's filters: a plain GET form, so a filtered page has its own address and its page links keep the filters. */
export function AuditFilterForm({
  values,
  message,
  fieldErrors,
}: {
  values: Values;
  message?: string;
  fieldErrors?: Record<string, string>;
}) {
  return (
    // A new key when the filters change, so the fields show what the address says (after "Clear filters", say).
    <Form key={JSON.stringify(values)} action="/agency/audit" role="search" aria-label="Filter the audit log" noValidate className="mb-8">
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <TextField
        name="actor"
        label="Done by"
        hint={"An officer's email address, or \"agency command\" for the agency's command-line tool."}
        required={false}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.actor}
        error={fieldErrors?.actor}
      />
      <TextField
        name="receipt"
        label="Case receipt number"
        hint="Like EAC2612345678; dashes and spaces are fine."
        required={false}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.receipt}
        error={fieldErrors?.receipt}
      />
      <SelectField
        name="action"
        label="Action"
        options={ACTION_OPTIONS}
        placeholder="Any action"
        required={false}
        aria-required={false}
        defaultValue={values.action}
        error={fieldErrors?.action}
      />
      <fieldset className="mb-6">
        <legend className="mb-2 font-bold">Dates (UTC, both days included)</legend>
        <div className="flex flex-wrap gap-x-6">
          <TextField name="from" type="date" label="From" required={false} defaultValue={values.from} error={fieldErrors?.from} />
          <TextField name="to" type="date" label="To" required={false} defaultValue={values.to} error={fieldErrors?.to} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit">Show entries</Button>
        <Link href="/agency/audit">Clear filters</Link>
      </div>
    </Form>
  );
}
