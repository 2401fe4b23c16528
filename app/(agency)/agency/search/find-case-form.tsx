"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { findCasesAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatAccountNumber } from "@/lib/account/account-number";
import type { CaseSearchResult } from "@/lib/agency/console/find-case";
import { ReceiptNumber } from "@/components/cases/receipt-number";

type Listed = Exclude<CaseSearchResult, { kind: "receipt" }>;

function searchedFor(found: CaseSearchResult): string | undefined {
  if (found.kind === "email") return found.email;
  if (found.kind === "account") return formatAccountNumber(found.accountNumber);
  if (found.kind === "name") return found.prefix;
  return undefined;
}

function resultsHeading(found: Listed, t: ReturnType<typeof useTranslations>): string {
  const count = found.cases.length;
  if (found.kind === "email") return t("agency.search.resultsEmail", { count, email: found.email });
  if (found.kind === "account")
    return t("agency.search.resultsAccount", { count, accountNumber: formatAccountNumber(found.accountNumber) });
  return t("agency.search.resultsName", { count, prefix: found.prefix });
}

export function FindCaseForm() {
  const form = useActionForm(findCasesAction);
  const found = form.state?.ok ? form.state : null;
  const t = useTranslations();
  return (
    <>
      <form key={form.formKey} action={form.formAction} noValidate role="search" aria-label={t("agency.search.title")}>
        <ErrorSummary {...form.summary} />
        <TextField
          name="query"
          label={t("agency.search.label")}
          hint={t("agency.search.hint")}
          autoComplete="off"
          spellCheck={false}
          defaultValue={form.value("query") ?? (found ? searchedFor(found) : undefined)}
          error={form.error("query")}
        />
        <SubmitButton>{t("agency.search.submit")}</SubmitButton>
      </form>
      {found && "cases" in found && (
        <section aria-labelledby="results-heading" className="mt-8" role="status">
          <h2 id="results-heading">{resultsHeading(found, t)}</h2>
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
