import type { Answers, AnswerValue, FormDefinition, Page, Question, QuestionKind } from "../definition";
import { holds, isRequired } from "./conditions";
import { keepShownAnswers, pageById, visibleQuestions } from "./flow";
import {
  datePartsOf,
  parseANumber,
  parseDateParts,
  parseEmail,
  parseI94,
  parsePhone,
  parseReceipt,
  parseSsn,
  parseZip,
  zipStateMessage,
  type FormatResult,
} from "./formats";
import { ENGINE_MESSAGES as M, PAGE_ERROR_KEY } from "./messages";
import { questionOptions } from "./options";

// One page of a form, as posted: read only the page's own questions (anything else sent is ignored,
// so a changed field name or a question id from another page changes nothing), check each answer,
// then the page's rules across fields, and merge into the answers saved so far. Never throws.

export type ParsePageResult =
  { ok: true; answers: Answers } | { ok: false; errors: Record<string, string>; values: Record<string, AnswerValue> };

/** The longest answer accepted for a question, by kind unless the question says. */
export const DEFAULT_MAX_LENGTH: Record<QuestionKind, number> = {
  text: 100,
  textarea: 2000,
  radio: 100,
  checkboxes: 100,
  select: 100,
  date: 4,
  "a-number": 20,
  ssn: 20,
  "us-state": 10,
  zip: 20,
  country: 10,
  i94: 20,
  "receipt-number": 40,
  email: 254,
  phone: 32,
};

export function maxLengthOf(question: Question): number {
  return question.maxLength ?? DEFAULT_MAX_LENGTH[question.kind];
}

/** The three field names of a date question. */
export function dateFieldNames(id: string): { day: string; month: string; year: string } {
  return { day: `${id}-day`, month: `${id}-month`, year: `${id}-year` };
}

const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\t]/u;
// What is shown again after a refusal: enough to give back anything a person typed, never a megabyte.
const MAX_ECHO = 10_000;

type Raw = { kind: "value"; value: AnswerValue } | { kind: "unreadable" };

function field(fields: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** A single text field: missing is "", a string is trimmed, anything else (an array, a file) is unreadable. */
function readText(value: unknown): Raw {
  if (value === undefined || value === null) return { kind: "value", value: "" };
  if (typeof value !== "string") return { kind: "unreadable" };
  return { kind: "value", value: value.replace(/\r\n?/g, "\n").trim() };
}

function readQuestion(question: Question, fields: Record<string, unknown>): Raw {
  if (question.kind === "checkboxes") {
    const value = field(fields, question.id);
    if (value === undefined || value === null) return { kind: "value", value: [] };
    const list = Array.isArray(value) ? value : [value];
    if (list.length > 200 || !list.every((item) => typeof item === "string")) return { kind: "unreadable" };
    return { kind: "value", value: list.map((item: string) => item.trim()).filter((item) => item !== "") };
  }
  return readText(field(fields, question.id));
}

function readDate(question: Question, fields: Record<string, unknown>): { day: Raw; month: Raw; year: Raw } {
  const names = dateFieldNames(question.id);
  return {
    day: readText(field(fields, names.day)),
    month: readText(field(fields, names.month)),
    year: readText(field(fields, names.year)),
  };
}

function isEmpty(value: AnswerValue): boolean {
  return Array.isArray(value) ? value.length === 0 : value === "";
}

function requiredMessage(question: Question): string {
  switch (question.kind) {
    case "radio":
    case "select":
    case "us-state":
    case "country":
      return M.chooseAnswer(question.label);
    case "checkboxes":
      return M.chooseAtLeastOne(question.label);
    case "date":
      return M.dateMissing(question.label);
    default:
      return M.enterAnswer(question.label);
  }
}

const FORMATS: Partial<Record<QuestionKind, (input: string) => FormatResult>> = {
  "a-number": parseANumber,
  ssn: parseSsn,
  zip: parseZip,
  i94: parseI94,
  "receipt-number": parseReceipt,
  email: parseEmail,
  phone: parsePhone,
};

type Checked = { ok: true; value: AnswerValue } | { ok: false; message: string };

/** One answer checked and put in its stored form ("" or [] when not answered). */
function checkAnswer(question: Question, fields: Record<string, unknown>): Checked {
  const label = question.label;
  if (question.kind === "date") {
    const parts = readDate(question, fields);
    if (parts.day.kind !== "value" || parts.month.kind !== "value" || parts.year.kind !== "value")
      return { ok: false, message: M.unreadable(label) };
    const [day, month, year] = [parts.day.value, parts.month.value, parts.year.value].map(String);
    if (day.length > 10 || month.length > 10 || year.length > 10) return { ok: false, message: M.dateNotNumbers(label) };
    const parsed = parseDateParts({ day, month, year }, label);
    return parsed.ok ? { ok: true, value: parsed.value } : parsed;
  }

  const raw = readQuestion(question, fields);
  if (raw.kind === "unreadable") return { ok: false, message: M.unreadable(label) };
  const max = maxLengthOf(question);

  if (question.kind === "checkboxes") {
    const chosen = raw.value as string[];
    const options = questionOptions(question);
    if (chosen.some((value) => !options.some((option) => option.value === value))) return { ok: false, message: M.notAnOption(label) };
    // One of each, in the order the options are listed.
    return { ok: true, value: options.filter((option) => chosen.includes(option.value)).map((option) => option.value) };
  }

  const value = raw.value as string;
  if (value === "") return { ok: true, value: "" };
  if (value.length > max) return { ok: false, message: M.tooLong(label, max) };

  const options = questionOptions(question);
  if (options.length > 0 || question.kind === "radio" || question.kind === "select") {
    if (!options.some((option) => option.value === value)) return { ok: false, message: M.notAnOption(label) };
    return { ok: true, value };
  }

  if ((question.kind === "textarea" ? CONTROL_EXCEPT_LINES : CONTROL).test(value))
    return { ok: false, message: M.controlCharacters(label) };
  const format = FORMATS[question.kind];
  if (format) {
    const parsed = format(value);
    return parsed.ok ? { ok: true, value: parsed.value } : parsed;
  }
  return { ok: true, value };
}

/** What to show again in the page's fields: by field name, so a date gives its three boxes. */
function echoOf(question: Question, fields: Record<string, unknown>): Record<string, AnswerValue> {
  const cap = (value: unknown): string => (typeof value === "string" ? value.slice(0, MAX_ECHO) : "");
  if (question.kind === "date") {
    const names = dateFieldNames(question.id);
    return {
      [names.day]: cap(field(fields, names.day)),
      [names.month]: cap(field(fields, names.month)),
      [names.year]: cap(field(fields, names.year)),
    };
  }
  const value = field(fields, question.id);
  if (question.kind === "checkboxes") {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return {
      [question.id]: list
        .filter((item): item is string => typeof item === "string")
        .slice(0, 200)
        .map(cap),
    };
  }
  return { [question.id]: cap(value) };
}

/** The fields of a page filled from saved answers, by field name (a date as its three boxes). */
export function pageValues(page: Page, answers: Answers): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = {};
  for (const question of page.questions) {
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (question.kind === "date") {
      const parts = datePartsOf(answer);
      const names = dateFieldNames(question.id);
      Object.assign(values, { [names.day]: parts.day, [names.month]: parts.month, [names.year]: parts.year });
    } else if (question.kind === "checkboxes") {
      values[question.id] = Array.isArray(answer) ? answer : typeof answer === "string" && answer ? [answer] : [];
    } else {
      values[question.id] = typeof answer === "string" ? answer : "";
    }
  }
  return values;
}

function withoutPage(saved: Answers, page: Page): Record<string, AnswerValue> {
  const rest: Record<string, AnswerValue> = {};
  const ids = new Set(page.questions.map((question) => question.id));
  for (const [id, value] of Object.entries(saved ?? {})) if (!ids.has(id)) rest[id] = value;
  return rest;
}

/** Each ZIP code on the page against the state of the same address (the state question whose id shares the most with it). */
function zipStateErrors(questions: Question[], answers: Answers): Record<string, string> {
  const errors: Record<string, string> = {};
  const states = questions.filter((question) => question.kind === "us-state");
  for (const zip of questions.filter((question) => question.kind === "zip")) {
    if (states.length === 0) continue;
    const shared = (id: string) => {
      let n = 0;
      while (n < id.length && n < zip.id.length && id[n] === zip.id[n]) n += 1;
      return n;
    };
    const state = states.reduce((best, candidate) => (shared(candidate.id) > shared(best.id) ? candidate : best));
    const message = zipStateMessage(answers[zip.id], answers[state.id]);
    if (message && answers[state.id]) errors[zip.id] = message;
  }
  return errors;
}

function parse(def: FormDefinition, pageId: string, fields: Record<string, unknown>, saved: Answers, now: Date): ParsePageResult {
  const page = pageById(def, pageId);
  if (!page || !holds(page.showIf, saved)) return { ok: false, errors: { [PAGE_ERROR_KEY]: M.pageNotAvailable }, values: {} };

  // First every answer of the page, so a question shown by another on the same page is decided on what was just chosen.
  const checked = new Map(page.questions.map((question) => [question.id, checkAnswer(question, fields)] as const));
  const merged: Record<string, AnswerValue> = withoutPage(saved, page);
  for (const [id, result] of checked) if (result.ok && !isEmpty(result.value)) merged[id] = result.value;

  const shown = visibleQuestions(page, merged);
  const errors: Record<string, string> = {};
  for (const question of shown) {
    const result = checked.get(question.id);
    if (!result) continue;
    if (!result.ok) errors[question.id] = result.message;
    else if (isEmpty(result.value) && isRequired(question.required, merged)) errors[question.id] = requiredMessage(question);
  }

  if (Object.keys(errors).length === 0) {
    Object.assign(errors, zipStateErrors(shown, merged));
  }
  if (Object.keys(errors).length === 0 && page.check) {
    const shownIds = new Set(shown.map((question) => question.id));
    try {
      for (const [id, message] of Object.entries(page.check(merged, now) ?? {})) {
        if (typeof message !== "string" || !message) continue;
        const key = shownIds.has(id) ? id : PAGE_ERROR_KEY;
        errors[key] ??= message;
      }
    } catch {
      errors[PAGE_ERROR_KEY] = M.pageCheckFailed;
    }
  }

  if (Object.keys(errors).length > 0) {
    const values: Record<string, AnswerValue> = {};
    for (const question of shown) Object.assign(values, echoOf(question, fields));
    return { ok: false, errors, values };
  }
  return { ok: true, answers: keepShownAnswers(def, merged) };
}

/**
 * One page of answers as posted (fields = formFields(FormData)), checked and merged into `saved`.
 * On success the answers of pages and questions no longer shown are dropped; on failure nothing is
 * merged and `values` gives back what was typed in every field of the page.
 */
export function parsePage(
  def: FormDefinition,
  pageId: string,
  fields: Record<string, unknown>,
  saved: Answers,
  now: Date,
): ParsePageResult {
  try {
    const source = fields !== null && typeof fields === "object" && !Array.isArray(fields) ? fields : {};
    const answers = saved !== null && typeof saved === "object" && !Array.isArray(saved) ? saved : {};
    return parse(def, String(pageId), source, answers, now);
  } catch {
    return { ok: false, errors: { [PAGE_ERROR_KEY]: M.pageCheckFailed }, values: {} };
  }
}

/** The errors of a page's saved answers, checked exactly as if the page were sent again ({} when it is fine). */
export function savedPageErrors(def: FormDefinition, page: Page, answers: Answers, now: Date): Record<string, string> {
  const result = parsePage(def, page.id, pageValues(page, answers), answers, now);
  return result.ok ? {} : result.errors;
}
