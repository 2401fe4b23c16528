import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { useActionForm } from "@/components/ui/use-action-form";
import type { Done } from "@/lib/agency/console/case-changes";

/**
 * One of the officer's tools on a case page: a titled form about this case that says, announced to
 * screen readers, what was done or what to fix. `name` makes its ids and test ids (`${name}-form`,
 * `${name}-heading`, `${name}-done`, `${name}-errors`).
 */
export function CaseToolForm({
  form,
  name,
  heading,
  receiptNumber,
  children,
}: {
  form: ReturnType<typeof useActionForm<Done>>;
  name: string;
  heading: ReactNode;
  receiptNumber: string;
  children: ReactNode;
}) {
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      noValidate
      className="mb-8 max-w-prose border-l-4 border-line pl-5"
      aria-labelledby={`${name}-heading`}
      data-testid={`${name}-form`}
    >
      <h3 id={`${name}-heading`} className="mt-0 mb-3 text-lg font-bold">
        {heading}
      </h3>
      {form.state?.ok && (
        <Alert kind="success" live testId={`${name}-done`}>
          <p>{form.state.message}</p>
        </Alert>
      )}
      <ErrorSummary {...form.summary} headingId={`${name}-errors`} />
      <input type="hidden" name="receipt" value={receiptNumber} />
      {children}
    </form>
  );
}
