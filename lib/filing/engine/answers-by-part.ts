import { readerFor } from "@/lib/i18n/translator";
import type { Answers, AnswerValue, FormDefinition, Question, QuestionKind } from "../definition";
import { visiblePages, visibleQuestions } from "./flow";
import { dateOf, formatPhone } from "./formats";
import { filingText, RECORD_READER, type FilingReader } from "./localize";
import { ENGINE_MESSAGES as M } from "./messages";
import { optionLabel } from "./options";

// The answers as people read them, in the parts of the filed form: the check page, the officer's
// case page and the PDF all show this.

export type AnswerRow = { questionId: string; kind: QuestionKind; pageId: string; label: string; value: string };
export type AnswerPart = { title: string; rows: AnswerRow[] };

/**
 * One stored answer in words: option labels, "March 4, 1990", "(202) 555-0143"; "" when not answered.
 * In the reader's language (English, the record's, by default). A date answered is a calendar day,
 * not an instant: it is written as that day, whatever the reader's time zone.
 */
export function answerText(question: Question, value: AnswerValue | undefined, reader: FilingReader = RECORD_READER): string {
  if (value === undefined) return "";
  const label = (item: string) => filingText(optionLabel(question, item, reader.locale), reader);
  if (Array.isArray(value)) return value.map(label).join("; ");
  if (value === "") return "";
  switch (question.kind) {
    case "date": {
      const date = dateOf(value);
      return date ? readerFor(reader.locale, "UTC").format.dateTime(date, "date") : value;
    }
    case "phone":
      return formatPhone(value);
    default:
      return label(value);
  }
}

/**
 * Every question shown for these answers, by PDF part, in the part's order, with its answer in words
 * ("Not answered" for an optional question left empty), in the reader's language (English, the record's, by default). Parts with no question shown are left out.
 */
export function answersByPart(def: FormDefinition, answers: Answers, reader: FilingReader = RECORD_READER): AnswerPart[] {
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
      const text = answerText(entry.question, Object.hasOwn(answers, questionId) ? answers[questionId] : undefined, reader);
      rows.push({
        questionId,
        kind: entry.question.kind,
        pageId: entry.pageId,
        label: filingText(entry.question.label, reader),
        value: text || filingText(M.notAnswered, reader),
      });
    }
    if (rows.length > 0) parts.push({ title: filingText(part.title, reader), rows });
  }
  return parts;
}
