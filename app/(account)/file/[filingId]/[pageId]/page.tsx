import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageById, previousPageId, visiblePages } from "@/lib/filing/engine/flow";
import { ownedDraft } from "../owned-draft";
import { SubmittedNotice } from "../submitted-notice";
import { fieldQuestions, isFieldset } from "./field-question";
import { QuestionPageForm } from "./question-page-form";

type Params = { params: Promise<{ filingId: string; pageId: string }>; searchParams: Promise<{ return?: string | string[] }> };

async function shownPage(params: Params["params"]) {
  const { filingId, pageId } = await params;
  const { draft, actor, reader } = await ownedDraft(filingId);
  const page = pageById(draft.def, pageId);
  if (!page || !visiblePages(draft.def, draft.answers).some((p) => p.id === page.id)) notFound();
  return { draft, actor, page, reader };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draft, page } = await shownPage(params);
  return { title: `${page.title} - ${draft.def.id}` };
}

export default async function QuestionPage({ params, searchParams }: Params) {
  const { draft, actor, page, reader } = await shownPage(params);
  const { t } = reader;
  const returnTo = (await searchParams).return === "check" ? "check" : "";
  const base = `/file/${draft.id}`;
  const previous = previousPageId(draft.def, draft.answers, page.id);
  const back = returnTo === "check" ? `${base}/check` : previous ? `${base}/${previous}` : base;
  const questions = fieldQuestions(page, draft.answers, reader.locale);
  const headingInLegend = questions.length === 1 && isFieldset(questions[0]) && questions[0].label === page.title && !page.intro;

  return (
    <>
      <p>
        <Link href={back}>{t("filing.back")}</Link>
      </p>
      <p className="mb-1 text-lg text-muted" data-testid="form-caption">
        {draft.def.id}, {draft.def.title}
      </p>
      {!headingInLegend && <h1>{page.title}</h1>}
      {page.intro && <p className="max-w-prose whitespace-pre-line">{page.intro}</p>}
      {draft.status === "SUBMITTED" ? (
        <SubmittedNotice filingId={draft.id} />
      ) : (
        <ClientMessages namespaces={["filing"]}>
          <QuestionPageForm
            filingId={draft.id}
            pageId={page.id}
            returnTo={returnTo}
            questions={questions}
            saved={{ ...draft.answers }}
            headingInLegend={headingInLegend}
            owner={actor.id}
          />
        </ClientMessages>
      )}
      <p className="mt-8">{t.rich("filing.question.toTaskList", { link: (chunks) => <Link href={base}>{chunks}</Link> })}</p>
    </>
  );
}
