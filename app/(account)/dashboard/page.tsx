import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { dashboardCases } from "@/lib/cases/dashboard";
import { parsePageNumber } from "@/lib/http/page-number";
import { CaseList } from "./case-list";

export const metadata: Metadata = { title: "My account" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string; page?: string | string[] }> }) {
  const { session, actor } = await applicantContext();
  const { welcome, page } = await searchParams;
  const cases = await dashboardCases(actor, parsePageNumber(page));
  return (
    <>
      <p className="text-muted">
        Signed in as <strong className="text-ink">{session.user.email}</strong>
      </p>
      {welcome && (
        <Alert kind="success" heading="Your account is ready" testId="welcome">
          <p>Two-step verification is on. Keep your backup code somewhere safe.</p>
        </Alert>
      )}
      <h1>My cases</h1>
      {cases.total === 0 ? (
        <section aria-labelledby="no-cases-heading" className="max-w-prose border-2 border-line p-6" data-testid="empty-cases">
          <h2 id="no-cases-heading" className="mt-0">
            You have no cases in your account yet
          </h2>
          <p>
            Cases you file online appear here automatically. If you filed a paper form, add it with the receipt number and the Online Access
            Code from your Account Access Notice.
          </p>
          <p className="mb-0">
            <Link href="/cases/link" className={buttonClass("primary")}>
              Add a paper-filed case
            </Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="case-list-heading">
          <h2 id="case-list-heading" className="mt-0">
            {cases.total === 1 ? "1 case" : `${cases.total} cases`}
            {cases.pageCount > 1 && (
              <span className="font-normal text-muted">
                {" "}
                (page {cases.page} of {cases.pageCount})
              </span>
            )}
          </h2>
          <p className="text-muted">Most recently changed first. Dates are in UTC.</p>
          <CaseList cases={cases.cases} />
          {cases.pageCount > 1 && (
            <nav aria-label="Case pages" className="mt-6 flex gap-6">
              {cases.page > 1 && <Link href={`/dashboard?page=${cases.page - 1}`}>Previous page</Link>}
              {cases.page < cases.pageCount && <Link href={`/dashboard?page=${cases.page + 1}`}>Next page</Link>}
            </nav>
          )}
          <p className="mt-8">
            <Link href="/cases/link">Add a paper-filed case</Link>
          </p>
        </section>
      )}
    </>
  );
}
