import { formatUtcDate } from "@/lib/format";
import type { Answers, AnswerValue, FormDefinition, Question } from "../definition";
import { visiblePages, visibleQuestions } from "./flow";
import { dateOf, formatPhone } from "./formats";
import { ENGINE_MESSAGES as M } from "./messages";
import { optionLabel } from "./options";

// The answers as people read them, in the parts of the filed form: the check page, the officer's
// case page and the PDF all show this.

export type AnswerRow = { questionId: string; pageId: string; label: string; value: string };
export type AnswerPart = { title: string; rows: AnswerRow[] };

/** One stored answer in words: option labels, "March 4, 1990", "(202) 555-0143"; "" when not answered. */
export function answerText(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => optionLabel(question, item)).join("; ");
  if (value === "") return "";
  switch (question.kind) {
    case "date": {
      const date = dateOf(value);
      return date ? formatUtcDate(date) : value;
    }
    case "phone":
      return formatPhone(value);
    default:
      return optionLabel(question, value);
  }
}

/**
 * Every question shown for these answers, by PDF part, in the part's order, with its answer in words
 * ("Not answered" for an optional question left empty). Parts with no question shown are left out.
 */
export function answersByPart(def: FormDefinition, answers: Answers): AnswerPart[] {
  const shown = new Map<string, { question: Question; pageId: string }>();
  for (const page of visiblePages(def, answers)) {
    for (const question of visibleQuestions(page, answers)) shown.set(question.id, { question, pageId: page.id });
  }
  const parts: AnswerPart[] = [];
  for (const part of def.pdf) {
    const rows: AnswerRow[] = [];
    for (const questionId of part.questionIds) {
      const entry = shown.get(questionId);
      if (!entry) continue;
      const text = answerText(entry.question, Object.hasOwn(answers, questionId) ? answers[questionId] : undefined);
      rows.push({ questionId, pageId: entry.pageId, label: entry.question.label, value: text || M.notAnswered });
    }
    if (rows.length > 0) parts.push({ title: part.title, rows });
  }
  return parts;
}
