import type { Answers, DocumentRule, FormDefinition } from "../definition";
import { holds, isRequired } from "./conditions";
import { visiblePages, visibleQuestions } from "./flow";
import { ENGINE_MESSAGES as M } from "./messages";
import { savedPageErrors } from "./parse-page";

// What still stands between a draft and submitting it: every shown page checked again as if it were
// sent now, and the documents the answers make required.

export type MissingItem = { pageId?: string; documentId?: string; message: string };

/** The documents asked for with these answers, each with whether it is required. */
export function requiredDocuments(def: FormDefinition, answers: Answers): (DocumentRule & { isRequired: boolean })[] {
  return def.documents
    .filter((rule) => holds(rule.showIf, answers))
    .map((rule) => ({ ...rule, isRequired: isRequired(rule.required, answers) }));
}

/**
 * Everything missing or wrong before the filing can be submitted, in the form's order: one line for a
 * page never answered, one per problem on a page answered in part, one per required document with
 * no file (documentKinds = the kinds of the files uploaded, FilingDocument.kind).
 */
export function missingForSubmission(
  def: FormDefinition,
  answers: Answers,
  documentKinds: readonly string[],
  now = new Date(),
): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const page of visiblePages(def, answers)) {
    const errors = savedPageErrors(def, page, answers, now);
    if (Object.keys(errors).length === 0) continue;
    const answered = visibleQuestions(page, answers).some((question) => Object.hasOwn(answers, question.id));
    if (!answered) missing.push({ pageId: page.id, message: M.pageNotAnswered(page.title) });
    else for (const message of Object.values(errors)) missing.push({ pageId: page.id, message });
  }
  const uploaded = new Set(documentKinds);
  for (const rule of requiredDocuments(def, answers)) {
    if (rule.isRequired && !uploaded.has(rule.id)) missing.push({ documentId: rule.id, message: M.documentMissing(rule.label) });
  }
  return missing;
}
