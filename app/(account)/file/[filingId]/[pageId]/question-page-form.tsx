"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { savePageAction } from "./actions";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { fieldAnchor } from "@/lib/filing/engine/field-anchor";
import { PAGE_ERROR_KEY } from "@/lib/filing/engine/messages";
import { isFieldset, type FieldQuestion } from "./field-question";
import { QuestionField, type FieldValue } from "./question-field";

export type SavedValues = Record<string, string | string[]>;

/** What a question shows: after a refusal exactly what was sent (blank stays blank), else what was saved. */
function valueFor(question: FieldQuestion, saved: SavedValues, echoed: Record<string, string> | null): FieldValue {
  if (question.kind === "date") {
    if (echoed)
      return {
        text: "",
        list: [],
        date: {
          day: echoed[`${question.id}-day`] ?? "",
          month: echoed[`${question.id}-month`] ?? "",
          year: echoed[`${question.id}-year`] ?? "",
        },
      };
    const stored = saved[question.id];
    const match = typeof stored === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored) : null;
    return {
      text: "",
      list: [],
      date: match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : { day: "", month: "", year: "" },
    };
  }
  const raw = echoed ? echoed[question.id] : saved[question.id];
  const list = Array.isArray(raw) ? raw : typeof raw === "string" && raw !== "" ? (echoed ? raw.split("\n") : [raw]) : [];
  return { text: typeof raw === "string" ? raw : "", list, date: { day: "", month: "", year: "" } };
}

export function QuestionPageForm({
  filingId,
  pageId,
  returnTo,
  questions,
  saved,
  headingInLegend,
  owner,
}: {
  filingId: string;
  pageId: string;
  returnTo: "check" | "";
  questions: FieldQuestion[];
  saved: SavedValues;
  headingInLegend: boolean;
  owner: string;
}) {
  const t = useTranslations();
  const form = useActionForm(savePageAction);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  const failed = form.state && !form.state.ok ? form.state : null;
  const echoed = failed?.fieldErrors ? (failed.values ?? {}) : null;
  const labels = { ...Object.fromEntries(questions.map((q) => [q.id, fieldAnchor(q)])), [PAGE_ERROR_KEY]: "page-questions" };
  const values = questions.map((q) => [q.id, valueFor(q, saved, echoed)] as const);
  const valueOf = new Map(values);
  // The current choice of every question that shows another on this page, as it changes.
  const controllers = new Set(questions.flatMap((q) => (q.reveal ? [q.reveal.controller] : [])));
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const choiceOf = (id: string): string[] => {
    if (Object.hasOwn(chosen, id)) return chosen[id];
    const value = valueOf.get(id);
    return value ? (value.list.length > 0 ? value.list : value.text ? [value.text] : []) : [];
  };
  const isShown = (q: FieldQuestion) => (q.reveal ? q.reveal.values.some((v) => choiceOf(q.reveal!.controller).includes(v)) : q.shown);
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (!controllers.has(target.name)) return;
    const fields = new FormData(event.currentTarget).getAll(target.name).filter((v): v is string => typeof v === "string");
    setChosen((current) => ({ ...current, [target.name]: fields }));
  }

  return (
    <>
      {restored && !form.state && (
        <Alert kind="info" live testId="kept-draft">
          <p>{t("filing.question.keptDraft")}</p>
        </Alert>
      )}
      <form
        ref={formRef}
        key={form.formKey}
        action={form.formAction}
        onChange={onChange}
        noValidate
        data-keep-draft={`filing-${pageId}`}
        id="page-questions"
        tabIndex={-1}
      >
        <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} labels={labels} />
        <input type="hidden" name="filingId" value={filingId} />
        <input type="hidden" name="pageId" value={pageId} />
        <input type="hidden" name="return" value={returnTo} />
        {failed?.fieldErrors?.[PAGE_ERROR_KEY] && <p className="mb-6 font-bold text-error">{failed.fieldErrors[PAGE_ERROR_KEY]}</p>}
        {questions.map((question) =>
          question.reveal || question.shown ? (
            <div key={question.id} hidden={!isShown(question)} data-testid={question.reveal ? "revealed-question" : undefined}>
              <QuestionField
                question={question}
                value={valueOf.get(question.id)!}
                error={isShown(question) ? form.error(question.id) : undefined}
                asHeading={headingInLegend && isFieldset(question)}
              />
            </div>
          ) : null,
        )}
        <SubmitButton>{t("filing.continue")}</SubmitButton>
      </form>
    </>
  );
}
