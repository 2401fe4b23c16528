import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { dashboardCases, dashboardForms, dashboardView, type DashboardView } from "@/lib/cases/dashboard";
import { listDrafts } from "@/lib/filing/drafts";
import { listSubmittedFilings } from "@/lib/filing/submitted-filings";
import { listClientReviews } from "@/lib/filing/client-review";
import { hasPendingInvitation } from "@/lib/filing/pending-invitation";
import { parsePageNumber } from "@/lib/http/page-number";
import { CaseFilters } from "./case-filters";
import { CaseList } from "./case-list";
import { DraftList } from "./draft-list";
import { FiledList } from "./filed-list";

export const metadata: Metadata = { title: "My account" };

const REVIEW_STATE = {
  SENT: "Waiting for your review.",
  CHANGES_REQUESTED: "You asked for changes.",
  SIGNED: "You signed it; your representative submits it.",
  DECLINED: "You declined it.",
} as const;

type Query = {
  welcome?: string;
  deleted?: string;
  page?: string | string[];
  form?: string | string[];
  action?: string | string[];
  group?: string | string[];
};

function pageHref(view: DashboardView, page: number): string {
  const query = new URLSearchParams();
  if (view.form) query.set("form", view.form);
  if (view.needsAction) query.set("action", "needed");
  if (view.byPerson) query.set("group", "person");
  query.set("page", String(page));
  return `/dashboard?${query}`;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Query> }) {
  const { session, actor } = await applicantContext();
  // Signed in (or signed up) from an invitation to review a form: back to it first.
  if (await hasPendingInvitation()) redirect("/invitation/resume");
  const params = await searchParams;
  const { welcome, deleted, page } = params;
  const view = dashboardView(params);
  const [cases, forms, drafts, filed, reviews] = await Promise.all([
    dashboardCases(actor, parsePageNumber(page), view),
    dashboardForms(actor),
    listDrafts(actor),
    listSubmittedFilings(actor),
    listClientReviews(actor),
  ]);
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
      {reviews.length > 0 && (
        <section aria-labelledby="reviews-heading" className="mb-10">
          <h2 id="reviews-heading" className="mt-0">
            Forms prepared for you
          </h2>
          <ul className="max-w-3xl list-none border-t border-line p-0" data-testid="client-reviews">
            {reviews.map((review) => (
              <li key={review.id} className="border-b border-line py-3">
                <Link href={`/file/review/${review.id}`}>
                  {review.formType}, {review.title}
                </Link>
                <span className="block text-muted">
                  Prepared by {review.representativeName}. {REVIEW_STATE[review.review]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading" className="mb-10">
          <h2 id="drafts-heading" className="mt-0">
            Your drafts
          </h2>
          <p className="text-muted">Forms you started online and have not submitted yet. Your answers are saved each time you continue.</p>
          <DraftList drafts={drafts} now={now} />
        </section>
      )}
      {forms.length > 0 && <CaseFilters view={view} forms={forms} />}
      {cases.total === 0 && forms.length > 0 ? (
        <p data-testid="no-matching-cases">
          No cases match what you chose. <Link href="/dashboard">Show all cases</Link>
        </p>
      ) : cases.total === 0 ? (
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
          <p className="text-muted">{view.byPerson ? "Grouped by person" : "Most recently changed first"}. Dates are in UTC.</p>
          <CaseList cases={cases.cases} byPerson={view.byPerson} />
          {cases.pageCount > 1 && (
            <nav aria-label="Case pages" className="mt-6 flex gap-6">
              {cases.page > 1 && <Link href={pageHref(view, cases.page - 1)}>Previous page</Link>}
              {cases.page < cases.pageCount && <Link href={pageHref(view, cases.page + 1)}>Next page</Link>}
            </nav>
          )}
          <p className="mt-8">
            <Link href="/cases/link">Add a paper-filed case</Link>
          </p>
        </section>
      )}
      {filed.length > 0 && (
        <section aria-labelledby="filed-heading" className="mt-10">
          <h2 id="filed-heading">Forms you filed online</h2>
          <FiledList filings={filed} />
        </section>
      )}
    </>
  );
}
