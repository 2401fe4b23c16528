import { US_STATES } from "@/lib/account/us-states";
import type { Option, Question } from "../definition";
import { COUNTRIES } from "./countries";

// The choices of a question: its own options, or the lists that country and us-state questions bring.

const STATE_OPTIONS: readonly Option[] = US_STATES.map((state) => ({ value: state.code, label: state.name }));
const COUNTRY_OPTIONS: readonly Option[] = COUNTRIES.map((country) => ({ value: country.code, label: country.name }));

/** The options a page shows for a question (empty for questions typed in a box). */
export function questionOptions(question: Question): readonly Option[] {
  if (question.kind === "us-state") return STATE_OPTIONS;
  if (question.kind === "country") return COUNTRY_OPTIONS;
  if (question.kind === "radio" || question.kind === "checkboxes" || question.kind === "select") return question.options ?? [];
  return [];
}

/** The label shown for a stored option value, or the value itself when it is not (or no longer) an option. */
export function optionLabel(question: Question, value: string): string {
  return questionOptions(question).find((option) => option.value === value)?.label ?? value;
}
