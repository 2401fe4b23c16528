"use client";

import Link from "next/link";
import { findCasesAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export function FindCaseForm() {
  const form = useActionForm(findCasesAction);
  const found = form.state?.ok ? form.state : null;
  return (
    <>
      <form key={form.formKey} action={form.formAction} noValidate role="search" aria-label="Find a case">
        <ErrorSummary {...form.summary} />
        <TextField
          name="query"
          label="Receipt number or applicant email"
          hint="A receipt number like EAC2612345678 (dashes and spaces are fine) opens the case. An email address lists the cases of the account with that email."
          autoComplete="off"
          spellCheck={false}
          defaultValue={form.value("query") ?? (found?.kind === "email" ? found.email : undefined)}
          error={form.error("query")}
        />
        <SubmitButton>Find</SubmitButton>
      </form>
      {found?.kind === "email" && (
        <section aria-labelledby="results-heading" className="mt-8" role="status">
          <h2 id="results-heading">
            {found.cases.length} {found.cases.length === 1 ? "case" : "cases"} of {found.email}
          </h2>
          <ul className="list-none p-0" data-testid="search-results">
            {found.cases.map((item) => (
              <li key={item.receiptNumber} className="mb-3">
                <Link href={`/agency/cases/${item.receiptNumber}`} prefetch={false} className="font-mono">
                  <ReceiptNumber value={item.receiptNumber} />
                </Link>{" "}
                {item.formType}, {item.applicantName}: <span className="text-muted">{item.status}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
