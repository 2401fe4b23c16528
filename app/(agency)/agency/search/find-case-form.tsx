"use client";

import Link from "next/link";
import { findCasesAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatAccountNumber } from "@/lib/account/account-number";
import type { CaseSearchResult } from "@/lib/agency/console/find-case";

type Listed = Exclude<CaseSearchResult, { kind: "receipt" }>;

function searchedFor(found: CaseSearchResult): string | undefined {
  if (found.kind === "email") return found.email;
  if (found.kind === "account") return formatAccountNumber(found.accountNumber);
  if (found.kind === "name") return found.prefix;
  return undefined;
}

function resultsFor(found: Listed): string {
  if (found.kind === "email") return `of ${found.email}`;
  if (found.kind === "account") return `of account ${formatAccountNumber(found.accountNumber)}`;
  return `with an applicant named ${found.prefix}…`;
}
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
          label="Receipt number, applicant email, account number or name"
          hint="A receipt number like EAC2612345678 (dashes and spaces are fine) opens the case. An email address or a 12-digit account number lists the cases of that account. A name, or its start, lists the cases of applicants whose name starts that way."
          autoComplete="off"
          spellCheck={false}
          defaultValue={form.value("query") ?? (found ? searchedFor(found) : undefined)}
          error={form.error("query")}
        />
        <SubmitButton>Find</SubmitButton>
      </form>
      {found && "cases" in found && (
        <section aria-labelledby="results-heading" className="mt-8" role="status">
          <h2 id="results-heading">
            {found.cases.length} {found.cases.length === 1 ? "case" : "cases"} {resultsFor(found)}
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
