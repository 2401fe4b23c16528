import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageById, previousPageId, visiblePages } from "@/lib/filing/engine/flow";
import { ownedDraft } from "../owned-draft";
import { SubmittedNotice } from "../submitted-notice";
import { fieldQuestions, isFieldset } from "./field-question";
import { QuestionPageForm } from "./question-page-form";

type Params = { params: Promise<{ filingId: string; pageId: string }>; searchParams: Promise<{ return?: string | string[] }> };

async function shownPage(params: Params["params"]) {
  const { filingId, pageId } = await params;
  const { draft, actor } = await ownedDraft(filingId);
  const page = pageById(draft.def, pageId);
  if (!page || !visiblePages(draft.def, draft.answers).some((p) => p.id === page.id)) notFound();
  return { draft, actor, page };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { draft, page } = await shownPage(params);
  return { title: `${page.title} - ${draft.def.id}` };
}

export default async function QuestionPage({ params, searchParams }: Params) {
  const { draft, actor, page } = await shownPage(params);
  const returnTo = (await searchParams).return === "check" ? "check" : "";
  const base = `/file/${draft.id}`;
  const previous = previousPageId(draft.def, draft.answers, page.id);
  const back = returnTo === "check" ? `${base}/check` : previous ? `${base}/${previous}` : base;
  const questions = fieldQuestions(page, draft.answers);
  const headingInLegend = questions.length === 1 && isFieldset(questions[0]) && questions[0].label === page.title && !page.intro;

  return (
    <>
      <p>
        <Link href={back}>Back</Link>
      </p>
      <p className="mb-1 text-lg text-muted" data-testid="form-caption">
        {draft.def.id}, {draft.def.title}
      </p>
      {!headingInLegend && <h1>{page.title}</h1>}
      {page.intro && <p className="max-w-prose whitespace-pre-line">{page.intro}</p>}
      {draft.status === "SUBMITTED" ? (
        <SubmittedNotice filingId={draft.id} />
      ) : (
        <QuestionPageForm
          filingId={draft.id}
          pageId={page.id}
          returnTo={returnTo}
          questions={questions}
          saved={{ ...draft.answers }}
          headingInLegend={headingInLegend}
          owner={actor.id}
        />
      )}
      <p className="mt-8">
        <Link href={base}>Go to the task list</Link> (your answers are saved each time you continue)
      </p>
    </>
  );
}
