import { US_STATES } from "@/lib/account/us-states";
import type { Option, Question } from "../definition";
import { COUNTRIES } from "./countries";

// The choices of a question: its own options, or the lists that country and us-state questions bring.

const STATE_OPTIONS: readonly Option[] = US_STATES.map((state) => ({ value: state.code, label: state.name }));
const COUNTRY_OPTIONS: readonly Option[] = COUNTRIES.map((country) => ({ value: country.code, label: country.name }));
const countryOptionsIn = new Map<string, readonly Option[]>([["en", COUNTRY_OPTIONS]]);

/** The countries named in a language (the platform's own names for the codes), in that language's order. */
function countryOptions(locale: string): readonly Option[] {
  let options = countryOptionsIn.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    options = COUNTRIES.map((country) => ({ value: country.code, label: names.of(country.code) ?? country.name })).sort((a, b) =>
      a.label.localeCompare(b.label, locale),
    );
    countryOptionsIn.set(locale, options);
  }
  return options;
}

/** The options a page shows for a question (empty for questions typed in a box); country names in `locale`. */
export function questionOptions(question: Question, locale = "en"): readonly Option[] {
  if (question.kind === "us-state") return STATE_OPTIONS;
  if (question.kind === "country") return countryOptions(locale);
  if (question.kind === "radio" || question.kind === "checkboxes" || question.kind === "select") return question.options ?? [];
  return [];
}

/** The label shown for a stored option value, or the value itself when it is not (or no longer) an option. */
export function optionLabel(question: Question, value: string, locale = "en"): string {
  return questionOptions(question, locale).find((option) => option.value === value)?.label ?? value;
}
