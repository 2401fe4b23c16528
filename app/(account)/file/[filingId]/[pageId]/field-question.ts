import type { AnswerValue, Answers, Option, Page, Question, QuestionKind } from "@/lib/filing/definition";
import { holds, isRequired } from "@/lib/filing/engine/conditions";
import { questionOptions } from "@/lib/filing/engine/options";

// A question as the page's form receives it: plain data (a definition's conditions are functions,
// which cannot cross to the browser), with its options filled in and "required" decided on the
// answers saved so far. A question shown by the answer to another question of the same page
// carries that as data too ("reveal"), found by trying each choice of that question.

export type Reveal = { controller: string; values: string[] };

export type FieldQuestion = {
  id: string;
  kind: QuestionKind;
  label: string;
  hint?: string;
  options: Option[];
  required: boolean;
  maxLength?: number;
  autocomplete?: string;
  width?: number;
  /** Shown only while the page's `controller` question has one of `values`. */
  reveal?: Reveal;
  /** For a question without a reveal: whether it is shown with the answers saved so far. */
  shown: boolean;
};

const CHOICE_KINDS = new Set<QuestionKind>(["radio", "select", "checkboxes"]);

/** The question of this page whose choice decides whether `question` is shown, and the choices that show it. */
function revealOf(question: Question, page: Page, answers: Answers): Reveal | undefined {
  if (!question.showIf) return undefined;
  for (const controller of page.questions) {
    if (controller.id === question.id || !CHOICE_KINDS.has(controller.kind)) continue;
    const options = questionOptions(controller);
    const answered = (value: string): Answers => ({
      ...answers,
      [controller.id]: controller.kind === "checkboxes" ? [value] : value,
    });
    const values = options.filter((option) => holds(question.showIf, answered(option.value))).map((option) => option.value);
    const unanswered = { ...answers };
    delete (unanswered as Record<string, AnswerValue>)[controller.id];
    if (values.length > 0 && values.length < options.length && !holds(question.showIf, unanswered)) {
      return { controller: controller.id, values };
    }
  }
  return undefined;
}

export function fieldQuestions(page: Page, answers: Answers, locale = "en"): FieldQuestion[] {
  return page.questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    label: question.label,
    hint: question.hint,
    options: [...questionOptions(question, locale)],
    required: isRequired(question.required, answers),
    maxLength: question.maxLength,
    autocomplete: question.autocomplete,
    width: question.width,
    reveal: revealOf(question, page, answers),
    shown: holds(question.showIf, answers),
  }));
}

/** Fieldsets (choices, dates) can carry the page's heading in their legend. */
export function isFieldset(question: Pick<FieldQuestion, "kind" | "options">): boolean {
  return question.kind === "radio" || question.kind === "date" || (question.kind === "checkboxes" && question.options.length > 1);
}
