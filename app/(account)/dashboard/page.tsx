import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { dashboardCases } from "@/lib/cases/dashboard";
import { listDrafts } from "@/lib/filing/drafts";
import { parsePageNumber } from "@/lib/http/page-number";
import { CaseList } from "./case-list";
import { DraftList } from "./draft-list";

export const metadata: Metadata = { title: "My account" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string; deleted?: string; page?: string | string[] }> }) {
  const { session, actor } = await applicantContext();
  const { welcome, deleted, page } = await searchParams;
  const [cases, drafts] = await Promise.all([dashboardCases(actor, parsePageNumber(page)), listDrafts(actor)]);
  const now = new Date();
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
      {deleted === "draft" && (
        <Alert kind="success" testId="draft-deleted">
          <p>The form you had started was deleted.</p>
        </Alert>
      )}
      <h1>My cases</h1>
      <p className="mb-8">
        <Link href="/file" className={buttonClass("primary")}>
          File a form online
        </Link>
      </p>
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading" className="mb-10">
          <h2 id="drafts-heading" className="mt-0">
            Your drafts
          </h2>
          <p className="text-muted">Forms you started online and have not submitted yet. Your answers are saved each time you continue.</p>
          <DraftList drafts={drafts} now={now} />
        </section>
      )}
      {cases.total === 0 ? (
        <section aria-labelledby="no-cases-heading" className="max-w-prose border-2 border-line p-6" data-testid="empty-cases">
          <h2 id="no-cases-heading" className="mt-0">
            You have no cases in your account yet
          </h2>
          <p>
            When you file a form online, its case appears here as soon as you submit it. If you filed a paper form, add it with the receipt
            number and the Online Access Code from your Account Access Notice.
          </p>
          <p className="mb-0">
            <Link href="/cases/link" className={buttonClass("outline")}>
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
