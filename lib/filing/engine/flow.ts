import type { Answers, FormDefinition, Page, Question } from "../definition";
import { holds } from "./conditions";

// Which pages and questions the answers so far lead to, and the way forward and back through them.

/** The pages shown for these answers, in the form's order. */
export function visiblePages(def: FormDefinition, answers: Answers): Page[] {
  return def.pages.filter((page) => holds(page.showIf, answers));
}

/** The questions of a page shown for these answers. */
export function visibleQuestions(page: Page, answers: Answers): Question[] {
  return page.questions.filter((question) => holds(question.showIf, answers));
}

/** A page of the form by id (Object.hasOwn-safe: only the definition's own pages). */
export function pageById(def: FormDefinition, id: string): Page | null {
  if (typeof id !== "string") return null;
  return def.pages.find((page) => page.id === id) ?? null;
}

/** Whether a page of the form is shown for these answers. */
export function isPageVisible(def: FormDefinition, answers: Answers, pageId: string): boolean {
  const page = pageById(def, pageId);
  return page !== null && holds(page.showIf, answers);
}

/**
 * The page after `pageId` for these answers; null when there is none (go to Check your answers).
 * An unknown page id leads to the first page.
 */
export function nextPageId(def: FormDefinition, answers: Answers, pageId: string): string | null {
  const index = def.pages.findIndex((page) => page.id === pageId);
  const after = def.pages.slice(index + 1);
  return after.find((page) => holds(page.showIf, answers))?.id ?? null;
}

/** The page before `pageId` for these answers; null on the first page (back to the task list). */
export function previousPageId(def: FormDefinition, answers: Answers, pageId: string): string | null {
  const index = def.pages.findIndex((page) => page.id === pageId);
  if (index <= 0) return null;
  return (
    def.pages
      .slice(0, index)
      .reverse()
      .find((page) => holds(page.showIf, answers))?.id ?? null
  );
}

/**
 * The answers with those to pages and questions no longer shown dropped (and anything that is not a
 * question of the form). Repeated until nothing changes, since dropping one answer can hide a later page.
 */
export function keepShownAnswers(def: FormDefinition, answers: Answers): Record<string, string | string[]> {
  let current: Record<string, string | string[]> = { ...answers };
  for (let round = 0; round <= def.pages.length; round += 1) {
    const kept: Record<string, string | string[]> = {};
    for (const page of visiblePages(def, current)) {
      for (const question of visibleQuestions(page, current)) {
        if (Object.hasOwn(current, question.id)) kept[question.id] = current[question.id];
      }
    }
    if (Object.keys(kept).length === Object.keys(current).length) return kept;
    current = kept;
  }
  return current;
}
