import type { QuestionKind } from "../definition";

/**
 * The id of a question's first box on its page, for links to it (the error summary, Change on the
 * check page): a date's day box, a list's first choice (which carries the question's id), or the field itself.
 */
export function fieldAnchor(question: { id: string; kind: QuestionKind }): string {
  return question.kind === "date" ? `${question.id}-day` : question.id;
}
