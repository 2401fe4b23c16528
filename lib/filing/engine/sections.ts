import type { Answers, FormDefinition, Section } from "../definition";
import { visiblePages, visibleQuestions } from "./flow";
import { savedPageErrors } from "./parse-page";

// The task list of a long form: each section Not started, In progress or Completed.

export type SectionState = "not-started" | "in-progress" | "completed";

export type SectionStatus = { section: Section; state: SectionState; firstPageId: string };

/**
 * Each section with pages shown for these answers (a section whose pages are all skipped is left
 * out): completed when every shown page of it has been saved and its answers still pass the page's
 * checks, in progress when some of it has been saved or answered, otherwise not started.
 */
export function sectionStates(def: FormDefinition, answers: Answers, savedPages: readonly string[], now = new Date()): SectionStatus[] {
  const saved = new Set(Array.isArray(savedPages) ? savedPages : []);
  const pages = visiblePages(def, answers);
  const statuses: SectionStatus[] = [];
  for (const section of def.sections) {
    const own = pages.filter((page) => page.section === section.id);
    if (own.length === 0) continue;
    const completed = own.every((page) => saved.has(page.id) && Object.keys(savedPageErrors(def, page, answers, now)).length === 0);
    const started = own.some(
      (page) => saved.has(page.id) || visibleQuestions(page, answers).some((question) => Object.hasOwn(answers, question.id)),
    );
    statuses.push({ section, state: completed ? "completed" : started ? "in-progress" : "not-started", firstPageId: own[0].id });
  }
  return statuses;
}
