import type { FormDefinition } from "../definition";
import { questionOptions } from "./options";

// The mistakes a form definition can make that types cannot catch. The tests run this on every
// definition, so a new form that breaks a rule fails before it reaches a page.

const ID = /^[A-Za-z][A-Za-z0-9]*$/;
const PAGE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every problem found (empty when the definition is sound). */
export function definitionProblems(def: FormDefinition): string[] {
  const problems: string[] = [];
  const sectionIds = new Set(def.sections.map((section) => section.id));
  if (sectionIds.size !== def.sections.length) problems.push("section ids repeat");
  const pageIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const page of def.pages) {
    if (!PAGE_ID.test(page.id)) problems.push(`page id "${page.id}" is not a URL segment (lowercase, digits, dashes)`);
    if (pageIds.has(page.id)) problems.push(`page id "${page.id}" repeats`);
    pageIds.add(page.id);
    if (!sectionIds.has(page.section)) problems.push(`page "${page.id}" is in unknown section "${page.section}"`);
    if (page.questions.length === 0) problems.push(`page "${page.id}" has no questions`);
    for (const question of page.questions) {
      if (!ID.test(question.id)) problems.push(`question id "${question.id}" must be letters and digits (it is a field name)`);
      if (questionIds.has(question.id)) problems.push(`question id "${question.id}" repeats`);
      questionIds.add(question.id);
      const choice = ["radio", "checkboxes", "select"].includes(question.kind);
      if (choice && questionOptions(question).length === 0) problems.push(`question "${question.id}" has no options`);
      if (!choice && question.options) problems.push(`question "${question.id}" (${question.kind}) has options it never shows`);
      const values = questionOptions(question).map((option) => option.value);
      if (new Set(values).size !== values.length) problems.push(`question "${question.id}" repeats an option value`);
      if (values.includes("")) problems.push(`question "${question.id}" has an empty option value`);
      if (!question.label.trim()) problems.push(`question "${question.id}" has no label`);
    }
  }
  for (const section of def.sections) {
    if (!def.pages.some((page) => page.section === section.id)) problems.push(`section "${section.id}" has no pages`);
  }
  const documentIds = def.documents.map((rule) => rule.id);
  if (new Set(documentIds).size !== documentIds.length) problems.push("document ids repeat");
  const inPdf = def.pdf.flatMap((part) => [...part.questionIds]);
  for (const id of inPdf) if (!questionIds.has(id)) problems.push(`PDF part lists unknown question "${id}"`);
  if (new Set(inPdf).size !== inPdf.length) problems.push("a question is in more than one PDF part");
  for (const id of questionIds) if (!inPdf.includes(id)) problems.push(`question "${id}" is in no PDF part`);
  if (!def.certification.trim()) problems.push("no certification statement");
  if (def.id !== def.id.toUpperCase()) problems.push("the form id must be in capitals, like I-765");
  return problems;
}
