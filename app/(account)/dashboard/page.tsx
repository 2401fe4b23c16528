import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { getReader, getT } from "@/lib/i18n/request";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageLinks } from "@/components/ui/page-links";
import { dashboardCases, dashboardView, type DashboardView } from "@/lib/cases/dashboard";
import { dashboardFilings } from "@/lib/filing/dashboard-filings";
import { hasPendingInvitation } from "@/lib/filing/pending-invitation";
import { parsePageNumber } from "@/lib/http/page-number";
import { CaseFilters } from "./case-filters";
import { CaseList } from "./case-list";
import { DraftList } from "./draft-list";
import { FiledList } from "./filed-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("dashboard.title") };
}

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
  const reader = await getReader();
  const [cases, { drafts, filed, reviews }] = await Promise.all([
    dashboardCases(actor, parsePageNumber(page), view),
    dashboardFilings(actor, reader),
  ]);
  const { forms } = cases;
  const now = new Date();
  const { t } = reader;
  return (
    <>
      <p className="text-muted">
        {t.rich("dashboard.signedInAs", {
          email: session.user.email,
          strong: (chunks) => <strong className="text-ink">{chunks}</strong>,
        })}
      </p>
      {welcome && (
        <Alert kind="success" heading={t("dashboard.welcome.heading")} testId="welcome">
          <p>{t("dashboard.welcome.body")}</p>
        </Alert>
      )}
      {deleted === "draft" && (
        <Alert kind="success" testId="draft-deleted">
          <p>{t("dashboard.draftDeleted")}</p>
        </Alert>
      )}
      <h1>{t("dashboard.heading")}</h1>
      <p className="mb-8">
        <Link href="/file" className={buttonClass("primary")}>
          {t("dashboard.fileOnline")}
        </Link>
      </p>
      {reviews.length > 0 && (
        <section aria-labelledby="reviews-heading" className="mb-10">
          <h2 id="reviews-heading" className="mt-0">
            {t("dashboard.reviews.heading")}
          </h2>
          <ul className="max-w-3xl list-none border-t border-line p-0" data-testid="client-reviews">
            {reviews.map((review) => (
              <li key={review.id} className="border-b border-line py-3">
                <Link href={`/file/review/${review.id}`}>
                  {review.formType}, {review.title}
                </Link>
                <span className="block text-muted">
                  {t("dashboard.reviews.preparedBy", { name: review.representativeName })} {t(`dashboard.reviews.state.${review.review}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading" className="mb-10">
          <h2 id="drafts-heading" className="mt-0">
            {t("dashboard.drafts.heading")}
          </h2>
          <p className="text-muted">{t("dashboard.drafts.intro")}</p>
          <DraftList drafts={drafts} now={now} />
        </section>
      )}
      {forms.length > 0 && <CaseFilters view={view} forms={forms} />}
      {cases.total === 0 && forms.length > 0 ? (
        <p data-testid="no-matching-cases">{t.rich("dashboard.noMatch", { link: (chunks) => <Link href="/dashboard">{chunks}</Link> })}</p>
      ) : cases.total === 0 ? (
        <section aria-labelledby="no-cases-heading" className="max-w-prose border-2 border-line p-6" data-testid="empty-cases">
          <h2 id="no-cases-heading" className="mt-0">
            {t("dashboard.empty.heading")}
          </h2>
          <p>{t("dashboard.empty.body")}</p>
          <p className="mb-0">
            <Link href="/cases/link" className={buttonClass("outline")}>
              {t("dashboard.addPaperCase")}
            </Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="case-list-heading">
          <h2 id="case-list-heading" className="mt-0">
            {t("dashboard.list.count", { count: cases.total })}
            {cases.pageCount > 1 && (
              <span className="font-normal text-muted"> {t("dashboard.list.page", { page: cases.page, pageCount: cases.pageCount })}</span>
            )}
          </h2>
          <p className="text-muted">{view.byPerson ? t("dashboard.list.byPerson") : t("dashboard.list.recent")}</p>
          <CaseList cases={cases.cases} byPerson={view.byPerson} />
          <PageLinks
            label={t("dashboard.list.pagesNav")}
            page={cases.page}
            pageCount={cases.pageCount}
            href={(page) => pageHref(view, page)}
            previous={t("dashboard.list.previous")}
            next={t("dashboard.list.next")}
          />
          <p className="mt-8">
            <Link href="/cases/link">{t("dashboard.addPaperCase")}</Link>
          </p>
        </section>
      )}
      {filed.length > 0 && (
        <section aria-labelledby="filed-heading" className="mt-10">
          <h2 id="filed-heading">{t("dashboard.filed.heading")}</h2>
          <FiledList filings={filed} />
        </section>
      )}
    </>
  );
}
